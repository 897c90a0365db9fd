package dev.iamlint.json;

import dev.iamlint.memo.BoundedMemo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.iamlint.json.JsonReadException.Kind;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into the same located {@link JsonValue} tree as {@link JsonReader}, with the
 * same limits. CloudFormation's short-form tags become their long form ({@code !Sub x} is
 * {@code {"Fn::Sub": x}}, {@code !GetAtt a.b} is {@code {"Fn::GetAtt": ["a", "b"]}}), with the
 * tag as the key's range. Aliases are rejected: expanded, they let a few lines grow into millions
 * of values (alias bombs); unexpanded, they would be read as the wrong value. Thread-safe.
 */
public final class YamlReader {

    /** Short-form tags whose long form is not {@code Fn::} plus the tag name. */
    private static final Set<String> PLAIN_NAMED = Set.of("Ref", "Condition");
    private static final Set<String> CLOUDFORMATION_TAGS = Set.of("Sub", "Ref", "GetAtt", "Join", "If", "Select", "Split",
            "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Equals", "And", "Or", "Not", "Condition");
    /** YAML's own tags ({@code !!str}); Jackson already applies them to the scalar's type. */
    private static final String YAML_CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private final JsonLimits limits;
    private final YAMLFactory factory;

    /** Factories by limits, shared by all readers, as {@link JsonReader}'s are. */
    private static final BoundedMemo<JsonLimits, YAMLFactory> FACTORIES = new BoundedMemo<>(16);

    public YamlReader(JsonLimits limits) {
        this.limits = limits;
        this.factory = FACTORIES.get(limits, YamlReader::factory);
    }

    private static YAMLFactory factory(JsonLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        loader.setNestingDepthLimit(limits.maxDepth());
        // SnakeYAML counts code points, never more than chars; the char limit is checked first anyway.
        loader.setCodePointLimit(limits.maxDocumentChars());
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
                .build();
    }

    /** Reads exactly one YAML document; a second document in the stream is an error. */
    public JsonValue read(String text) throws JsonReadException {
        if (text.length() > limits.maxDocumentChars()) {
            throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                    "document is longer than " + limits.maxDocumentChars() + " characters",
                    SourceRange.at(text, limits.maxDocumentChars()));
        }
        try (YAMLParser parser = factory.createParser(new StringReader(text))) {
            try {
                return new TreeBuilder(text, parser).build();
            } catch (StreamConstraintsException e) {
                throw new JsonReadException(Kind.LIMIT_EXCEEDED, messageOf(e), JsonReader.at(parser.currentLocation()));
            } catch (JsonProcessingException e) {
                throw new JsonReadException(Kind.MALFORMED, "malformed YAML: " + messageOf(e), positionOf(e, parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /** One read: the parser, the source text (to find where a tagged value starts) and the open containers. */
    private final class TreeBuilder {
        private final String text;
        private final YAMLParser parser;
        private final ArrayDeque<OpenContainer> open = new ArrayDeque<>();
        /** Per open container, its short-form tag or null; ArrayDeque takes no nulls, hence "". */
        private final ArrayDeque<String> openTags = new ArrayDeque<>();
        private int elements;

        TreeBuilder(String text, YAMLParser parser) {
            this.text = text;
            this.parser = parser;
        }

        JsonValue build() throws IOException, JsonReadException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonReadException(Kind.MALFORMED, "malformed YAML: document is empty", SourceRange.at(1, 1));
            }
            JsonValue root;
            while ((root = accept(token)) == null) {
                token = parser.nextToken();
            }
            if (parser.nextToken() != null) {
                throw new JsonReadException(Kind.MALFORMED,
                        "malformed YAML: unexpected content after the document", JsonReader.at(parser.currentTokenLocation()));
            }
            return root;
        }

        private JsonValue accept(JsonToken token) throws IOException, JsonReadException {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.isCurrentAlias()) {
                throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                        "YAML aliases (*" + parser.getText() + ") are not supported", JsonReader.at(start));
            }
            switch (token) {
                case FIELD_NAME -> {
                    open.peek().key(parser.currentName(), JsonReader.between(start, parser.currentLocation()));
                    return null;
                }
                case START_OBJECT, START_ARRAY -> {
                    count(start);
                    String tag = shortFormTag(start);
                    open.push(new OpenContainer(token == JsonToken.START_OBJECT, start));
                    openTags.push(tag == null ? "" : tag);
                    return null;
                }
                case END_OBJECT, END_ARRAY -> {
                    OpenContainer done = open.pop();
                    String tag = openTags.pop();
                    JsonValue value = done.close(new SourceRange(done.start.getLineNr(), done.start.getColumnNr(),
                            containerEnd(done).endLine(), containerEnd(done).endColumn()));
                    return attach(tag.isEmpty() ? value : longForm(tag, done.start, value));
                }
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                    count(start);
                    String tag = shortFormTag(start);
                    SourceRange range = JsonReader.between(start, parser.currentLocation());
                    JsonValue value = scalar(token, tag == null ? range : afterTag(start, range));
                    return attach(tag == null ? value : longForm(tag, start, value));
                }
                default -> throw new IllegalStateException("token Jackson does not produce for YAML: " + token);
            }
        }

        private JsonValue scalar(JsonToken token, SourceRange range) throws IOException {
            return switch (token) {
                case VALUE_STRING -> new JsonString(parser.getText(), range);
                case VALUE_TRUE, VALUE_FALSE -> new JsonBool(token == JsonToken.VALUE_TRUE, range);
                case VALUE_NULL -> new JsonNull(range);
                // The raw token, as JSON keeps it: twelve-digit account ids stay exactly as written.
                default -> new JsonNumber(parser.getText(), range);
            };
        }

        /**
         * A flow collection ends at its closing bracket; a block one where its last value ends,
         * not where SnakeYAML notices it has ended (the next line's key).
         */
        private SourceRange containerEnd(OpenContainer done) {
            SourceRange last = done.lastValueRange();
            int offset = contentStart(done.start).offset();
            boolean flow = offset < text.length() && (text.charAt(offset) == '{' || text.charAt(offset) == '[');
            if (flow || last == null) {
                return JsonReader.at(parser.currentLocation());
            }
            return SourceRange.at(last.endLine(), last.endColumn());
        }

        private void count(JsonLocation start) throws JsonReadException {
            if (++elements > limits.maxElements()) {
                throw new JsonReadException(Kind.LIMIT_EXCEEDED,
                        "document has more than " + limits.maxElements() + " values", JsonReader.at(start));
            }
        }

        /** The CloudFormation tag on the current value, null when it has none; other tags are errors. */
        private String shortFormTag(JsonLocation start) throws IOException, JsonReadException {
            String tag = parser.getTypeId();
            if (tag == null || tag.startsWith(YAML_CORE_TAG_PREFIX)) {
                return null;
            }
            if (!CLOUDFORMATION_TAGS.contains(tag)) {
                throw new JsonReadException(Kind.MALFORMED, "malformed YAML: unknown tag !" + tag, JsonReader.at(start));
            }
            return tag;
        }

        /** {@code {"Fn::Tag": value}} over the whole tagged node; the key's range is the tag itself. */
        private JsonValue longForm(String tag, JsonLocation start, JsonValue value) throws JsonReadException {
            count(start);
            SourceRange tagRange = tagRange(start);
            String name = PLAIN_NAMED.contains(tag) ? tag : "Fn::" + tag;
            JsonValue argument = tag.equals("GetAtt") && value instanceof JsonString dotted ? splitAttribute(dotted, start) : value;
            SourceRange whole = new SourceRange(start.getLineNr(), start.getColumnNr(), value.range().endLine(), value.range().endColumn());
            return new JsonObject(List.of(new JsonObject.Member(name, tagRange, argument)), whole);
        }

        /** {@code !GetAtt Role.Arn} is {@code ["Role", "Arn"]}: split at the first dot, as CloudFormation does. */
        private JsonValue splitAttribute(JsonString dotted, JsonLocation start) throws JsonReadException {
            String value = dotted.value();
            int dot = value.indexOf('.');
            if (dot < 0) {
                return dotted;
            }
            // The dotted string was counted; its two parts take its place.
            count(start);
            count(start);
            SourceRange range = dotted.range();
            boolean plainOnOneLine = range.line() == range.endLine() && range.endColumn() - range.column() == value.length();
            SourceRange first = plainOnOneLine ? new SourceRange(range.line(), range.column(), range.line(), range.column() + dot) : range;
            SourceRange second = plainOnOneLine ? new SourceRange(range.line(), range.column() + dot + 1, range.line(), range.endColumn()) : range;
            return new JsonArray(List.of(new JsonString(value.substring(0, dot), first), new JsonString(value.substring(dot + 1), second)), range);
        }

        /** The tag as written, e.g. {@code !Sub}; the whole node's start when an anchor comes first. */
        private SourceRange tagRange(JsonLocation start) {
            int offset = (int) start.getCharOffset();
            if (offset < 0 || offset >= text.length() || text.charAt(offset) != '!') {
                return JsonReader.at(start);
            }
            int end = offset;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return new SourceRange(start.getLineNr(), start.getColumnNr(), start.getLineNr(), start.getColumnNr() + end - offset);
        }

        /** A tagged scalar's own range: from the first character after the tag and its spacing. */
        private SourceRange afterTag(JsonLocation start, SourceRange node) {
            Position content = contentStart(start);
            return new SourceRange(content.line(), content.column(), node.endLine(), node.endColumn());
        }

        /** Where a node's content starts: past its tag and the spacing after it, if it has a tag. */
        private Position contentStart(JsonLocation start) {
            int offset = (int) start.getCharOffset();
            int line = start.getLineNr();
            int column = start.getColumnNr();
            if (offset < 0 || offset >= text.length() || text.charAt(offset) != '!') {
                return new Position(offset < 0 ? text.length() : offset, line, column);
            }
            while (offset < text.length() && !Character.isWhitespace(text.charAt(offset))) {
                offset++;
                column++;
            }
            while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
                if (text.charAt(offset) == '\n') {
                    line++;
                    column = 1;
                } else if (text.charAt(offset) != '\r') {
                    column++;
                }
                offset++;
            }
            return new Position(offset, line, column);
        }

        private JsonValue attach(JsonValue value) {
            return OpenContainer.attach(open, value);
        }
    }

    /** A char offset in the text with its 1-based line and column. */
    private record Position(int offset, int line, int column) {
    }

    /**
     * SnakeYAML's message without its source excerpts ("in 'reader', line 3…" and the quoted lines
     * under it): the position is reported separately.
     */
    /**
     * Where the problem is: SnakeYAML's problem mark (the tab itself), not its context mark (where
     * its scanner stood, which Jackson's location reports), else Jackson's location, else the parser's.
     */
    private static SourceRange positionOf(JsonProcessingException e, YAMLParser parser) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark problem = marked.getProblemMark();
            return SourceRange.at(problem.getLine() + 1, problem.getColumn() + 1);
        }
        JsonLocation where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation();
        return JsonReader.at(where);
    }

    private static String messageOf(JsonProcessingException e) {
        StringBuilder message = new StringBuilder();
        for (String line : e.getOriginalMessage().split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                message.append(message.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        String text = message.toString();
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
