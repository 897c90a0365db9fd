package dev.iamlint.json;

import dev.iamlint.memo.BoundedMemo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.iamlint.json.JsonReadException.Kind;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Reads text into a located {@link JsonValue} tree with Jackson's streaming parser. The tree is
 * built with an explicit stack, so nesting costs heap, never Java stack, and every limit is
 * checked before the memory it guards is spent. Thread-safe; one reader serves many documents.
 */
public final class JsonReader {

    private final JsonLimits limits;
    private final JsonFactory factory;

    /**
     * Factories by nesting depth, shared by all readers: a factory costs far more to make than a
     * small document to read, and readers are made per template and plan.
     */
    private static final BoundedMemo<Integer, JsonFactory> FACTORIES = new BoundedMemo<>(16);

    public JsonReader(JsonLimits limits) {
        this.limits = limits;
        this.factory = FACTORIES.get(limits.maxDepth(), depth -> JsonFactory.builder()
                // Jackson enforces the depth as it reads, before it allocates a context per level.
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth).build())
                // Interning would pin every distinct key of hostile input in the JVM's string table.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build());
    }

    /** Reads exactly one JSON value; anything but whitespace after it is an error. */
    public JsonValue read(String text) throws JsonReadException {
        if (text.length() > limits.maxDocumentChars()) {
            throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                    "document is longer than " + limits.maxDocumentChars() + " characters",
                    positionOf(text, limits.maxDocumentChars()));
        }
        // A char[] is Jackson's one-buffer input: with a Reader it refills a window, and the char
        // offsets it reports for keys are then not always right.
        char[] chars = text.toCharArray();
        try (JsonParser parser = factory.createParser(chars)) {
            try {
                return new TreeBuilder(chars, parser).build();
            } catch (StreamConstraintsException e) {
                // Jackson's own limits (nesting depth, number and key length) carry no location.
                throw new JsonReadException(Kind.LIMIT_EXCEEDED, cleanMessage(e), at(parser.currentLocation()));
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new JsonReadException(Kind.MALFORMED, "malformed JSON: " + cleanMessage(e), at(where));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** One read: the parser, the source chars (for key ends) and the stack of open containers. */
    private final class TreeBuilder {
        private final char[] text;
        private final JsonParser parser;
        private final ArrayDeque<OpenContainer> open = new ArrayDeque<>();
        private int elements;

        TreeBuilder(char[] text, JsonParser parser) {
            this.text = text;
            this.parser = parser;
        }

        JsonValue build() throws IOException, JsonReadException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonReadException(Kind.MALFORMED, "malformed JSON: document is empty", at(parser.currentLocation()));
            }
            JsonValue root;
            while ((root = accept(token)) == null) {
                token = parser.nextToken();
            }
            if (parser.nextToken() != null) {
                throw new JsonReadException(Kind.MALFORMED,
                        "malformed JSON: unexpected content after the top-level value", at(parser.currentTokenLocation()));
            }
            return root;
        }

        /** Takes one token; returns the root once the top-level value is complete, else null. */
        private JsonValue accept(JsonToken token) throws IOException, JsonReadException {
            JsonLocation start = parser.currentTokenLocation();
            switch (token) {
                case FIELD_NAME -> {
                    open.peek().key(parser.currentName(), keyRange(start));
                    return null;
                }
                case START_OBJECT, START_ARRAY -> {
                    count(start);
                    open.push(new OpenContainer(token == JsonToken.START_OBJECT, start));
                    return null;
                }
                case END_OBJECT, END_ARRAY -> {
                    OpenContainer done = open.pop();
                    return attach(done.close(between(done.start, parser.currentLocation())));
                }
                case VALUE_STRING -> {
                    count(start);
                    String value = parser.getText();
                    // After getText() the string is consumed, so the current location is just past its closing quote.
                    return attach(new JsonString(value, between(start, parser.currentLocation())));
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    count(start);
                    String raw = parser.getText();
                    // A number is ASCII on one line; Jackson's current location may already be past the
                    // whitespace that ends a top-level number, so the end is computed from the token.
                    return attach(new JsonNumber(raw, sameLine(start, raw.length())));
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    count(start);
                    boolean value = token == JsonToken.VALUE_TRUE;
                    return attach(new JsonBool(value, sameLine(start, value ? 4 : 5)));
                }
                case VALUE_NULL -> {
                    count(start);
                    return attach(new JsonNull(sameLine(start, 4)));
                }
                default -> throw new IllegalStateException("token Jackson does not produce for text: " + token);
            }
        }

        private JsonValue attach(JsonValue value) {
            return OpenContainer.attach(open, value);
        }

        private void count(JsonLocation start) throws JsonReadException {
            if (++elements > limits.maxElements()) {
                throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                        "document has more than " + limits.maxElements() + " JSON values", at(start));
            }
        }

        /**
         * A key's range. Jackson has already read past the colon and the value's first token when it
         * reports a key, so the closing quote is found in the text; keys cannot span lines.
         */
        private SourceRange keyRange(JsonLocation start) {
            int openingQuote = (int) start.getCharOffset();
            int i = openingQuote + 1;
            while (text[i] != '"') {
                i += text[i] == '\\' ? 2 : 1;
            }
            return sameLine(start, i + 1 - openingQuote);
        }
    }

    static SourceRange at(JsonLocation location) {
        return SourceRange.at(location.getLineNr(), location.getColumnNr());
    }

    static SourceRange between(JsonLocation start, JsonLocation end) {
        return new SourceRange(start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
    }

    private static SourceRange sameLine(JsonLocation start, int length) {
        int line = start.getLineNr();
        int column = start.getColumnNr();
        return new SourceRange(line, column, line, column + length);
    }

    /** The line and column of a char offset, counting line breaks as Jackson does (CR, LF or CRLF). */
    static SourceRange positionOf(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return SourceRange.at(line, offset - lineStart + 1);
    }

    /**
     * Jackson's message without what only makes sense to Jackson users: the redacted source dump
     * and the names of its configuration methods. Runs only on errors, so plain string work is fine.
     */
    private static String cleanMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int source;
        while ((source = message.indexOf("[Source: ")) >= 0) {
            int line = message.indexOf("line: ", source);
            int end = message.indexOf(']', Math.max(line, source));
            if (line < 0 || end < 0) {
                message = message.substring(0, source).stripTrailing();
                break;
            }
            message = message.substring(0, source) + message.substring(line, end).replace(":", "") + message.substring(end + 1);
        }
        int from;
        while ((from = message.indexOf(", from `")) >= 0) {
            int end = message.indexOf('`', from + 8);
            message = message.substring(0, from) + (end < 0 ? "" : message.substring(end + 1));
        }
        return message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
