package dev.iamlint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads one of the bundled gzipped JSON files that linter-core/src/data/generate-aws-data.mjs
 * writes, with Jackson's streaming parser. The parser stands on the first token of the value to
 * read next; each read consumes that value and leaves the parser on its last token. Callers skip
 * members they do not know, so data from a newer generator still loads.
 */
final class DataReader implements Closeable {

    /** Reads one value, starting at the parser's current token. */
    interface ValueReader<T> {
        T read() throws IOException;
    }

    /** Reads a whole file. */
    interface FileReader<T> {
        T read(DataReader in) throws IOException;
    }

    private final String resource;
    private final JsonParser parser;

    private DataReader(String resource, JsonParser parser) {
        this.resource = resource;
        this.parser = parser;
    }

    /**
     * Reads a bundled gzipped JSON resource, named by its absolute class path name such as
     * {@code /dev/iamlint/catalog/index.json.gz}. Missing or broken data is a packaging fault,
     * so it is reported unchecked.
     */
    static <T> T read(JsonFactory factory, String resource, FileReader<T> reader) {
        return parse(factory, resource, inflate(resource), reader);
    }

    /**
     * The name of a shard file, {@code <stem>07.gz}; not made with String.format, which costs
     * milliseconds before the JIT compiles it.
     */
    static String shardFile(String stem, int shard) {
        return stem + (shard < 10 ? "0" : "") + shard + ".gz";
    }

    /** The text of a bundled gzipped resource. */
    static String inflate(String resource) {
        return new String(inflateBytes(resource), StandardCharsets.UTF_8);
    }

    /** The bytes of a bundled gzipped resource, inflated whole: faster at start-up than streaming (measured). */
    static byte[] inflateBytes(String resource) {
        InputStream in = DataReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled AWS data " + resource + " is missing from the class path");
        }
        try (InputStream gzip = new GZIPInputStream(in, 1 << 16)) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled AWS data " + resource, e);
        }
    }

    /** Reads JSON text that came from {@code resource}. */
    static <T> T parse(JsonFactory factory, String resource, String json, FileReader<T> reader) {
        // A char[] takes the same Jackson parser as PolicyParser's.
        try (DataReader data = new DataReader(resource, factory.createParser(json.toCharArray()))) {
            return data.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled AWS data " + resource, e);
        }
    }

    /** Reads the UTF-8 JSON at {@code bytes[offset, offset + length)}, which came from {@code resource}. */
    static <T> T parse(JsonFactory factory, String resource, byte[] bytes, int offset, int length, FileReader<T> reader) {
        // Decoded rather than parsed as bytes: Jackson's byte parser would be a second parser for the JIT to
        // compile in every run (measured: about 100 methods and 2% of a large lint's time).
        return parse(factory, resource, new String(bytes, offset, length, StandardCharsets.UTF_8), reader);
    }

    private <T> T read(FileReader<T> reader) throws IOException {
        parser.nextToken();
        return reader.read(this);
    }

    /** Checks that the parser is on an object, whose members {@link #nextMember()} then walks. */
    void startObject() throws IOException {
        expect(JsonToken.START_OBJECT);
    }

    /** The name of the object's next member, with the parser moved onto its value; null after the last. */
    String nextMember() throws IOException {
        if (parser.nextToken() == JsonToken.END_OBJECT) {
            return null;
        }
        expect(JsonToken.FIELD_NAME);
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    <T> List<T> list(ValueReader<T> element) throws IOException {
        expect(JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(element.read());
        }
        return items;
    }

    List<String> texts() throws IOException {
        return list(this::text);
    }

    String text() throws IOException {
        expect(JsonToken.VALUE_STRING);
        return parser.getText();
    }

    boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || !token.isBoolean()) {
            throw unexpected("a boolean");
        }
        return parser.getBooleanValue();
    }

    long integer() throws IOException {
        expect(JsonToken.VALUE_NUMBER_INT);
        return parser.getLongValue();
    }

    /** Skips the current value, nested or not. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private void expect(JsonToken token) throws IOException {
        if (parser.currentToken() != token) {
            throw unexpected(token.toString());
        }
    }

    private IOException unexpected(String wanted) {
        return new IOException(resource + ": expected " + wanted + " but found " + parser.currentToken()
                + " at " + parser.currentLocation().offsetDescription());
    }
}
