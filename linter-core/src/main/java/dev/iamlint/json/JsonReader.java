package dev.iamlint.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.iamlint.json.JsonReadException.Kind;
import dev.iamlint.memo.BoundedMemo;
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
                    SourceRange.at(text, limits.maxDocumentChars()));
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
        /** The parser as the base class of Jackson's text parsers, whose token position counters it reads. */
        private final ParserBase base;
        private final ArrayDeque<OpenContainer> open = new ArrayDeque<>();
        private int elements;

        TreeBuilder(char[] text, JsonParser parser) {
            this.text = text;
            this.parser = parser;
            this.base = (ParserBase) parser;
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
            switch (token) {
                case FIELD_NAME -> {
                    // Jackson has already read on to the value, so a key's position is only in its location.
                    JsonLocation start = parser.currentTokenLocation();
                    int openingQuote = (int) start.getCharOffset();
                    open.peek().key(parser.currentName(), sameLine(start.getLineNr(), start.getColumnNr(), quotedLength(openingQuote)));
                    return null;
                }
                case START_OBJECT, START_ARRAY -> {
                    JsonLocation start = parser.currentTokenLocation();
                    count(start.getLineNr(), start.getColumnNr());
                    open.push(new OpenContainer(token == JsonToken.START_OBJECT, start));
                    return null;
                }
                default -> {
                    // Scalars and closing brackets, most tokens, take their start from the parser's counters, not a new
                    // JsonLocation: they end on the line they start on, so the length of the token gives the end.
                    int line = tokenLine();
                    int column = tokenColumn();
                    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        OpenContainer done = open.pop();
                        return attach(done.close(new SourceRange(done.start.getLineNr(), done.start.getColumnNr(), line, column + 1)));
                    }
                    count(line, column);
                    return attach(switch (token) {
                        case VALUE_STRING -> new JsonString(parser.getText(), sameLine(line, column, quotedLength(tokenOffset())));
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                            String raw = parser.getText();
                            yield new JsonNumber(raw, sameLine(line, column, raw.length()));
                        }
                        case VALUE_TRUE -> new JsonBool(true, sameLine(line, column, 4));
                        case VALUE_FALSE -> new JsonBool(false, sameLine(line, column, 5));
                        case VALUE_NULL -> new JsonNull(sameLine(line, column, 4));
                        default -> throw new IllegalStateException("token Jackson does not produce for text: " + token);
                    });
                }
            }
        }

        // The current token's start as Jackson's parser base counts it: the column and char offset of the
        // token's second char, so one less. (A JsonLocation says the same, at an allocation per token.)

        private int tokenLine() {
            return base.getTokenLineNr();
        }

        private int tokenColumn() {
            return base.getTokenColumnNr() - 1;
        }

        private int tokenOffset() {
            return (int) base.getTokenCharacterOffset() - 1;
        }

        private JsonValue attach(JsonValue value) {
            return OpenContainer.attach(open, value);
        }

        private void count(int line, int column) throws JsonReadException {
            if (++elements > limits.maxElements()) {
                throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                        "document has more than " + limits.maxElements() + " JSON values", SourceRange.at(line, column));
            }
        }

        /** The length of the string (or key) whose opening quote is at this offset, quotes included; strings cannot span lines. */
        private int quotedLength(int openingQuote) {
            int i = openingQuote + 1;
            while (text[i] != '"') {
                i += text[i] == '\\' ? 2 : 1;
            }
            return i + 1 - openingQuote;
        }
    }

    static SourceRange at(JsonLocation location) {
        return SourceRange.at(location.getLineNr(), location.getColumnNr());
    }

    static SourceRange between(JsonLocation start, JsonLocation end) {
        return new SourceRange(start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
    }

    private static SourceRange sameLine(int line, int column, int length) {
        return new SourceRange(line, column, line, column + length);
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
