package dev.iamlint.cli.simulate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.cli.InputException;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON values of options and input files, reporting malformed JSON where it is. */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {}

    /**
     * Parses {@code text}, which starts on line {@code firstLine} of {@code origin} (a file name,
     * or an option name for inline values).
     */
    static JsonNode read(String text, String origin, int firstLine) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null
                    ? origin
                    : origin + ":" + (firstLine + Math.max(at.getLineNr(), 1) - 1) + ":" + Math.max(at.getColumnNr(), 1);
            throw InputException.located(List.of(where + ": error: malformed JSON: " + e.getOriginalMessage()));
        }
    }

    /** An error about a value at {@code where}, such as {@code input.json: ActionNames[0]}. */
    static InputException error(String where, String message) {
        return InputException.error(where + ": " + message);
    }

    /** A JSON string value. */
    static String string(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw error(where, "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /** A JSON array of strings. */
    static List<String> strings(JsonNode node, String where) {
        if (!node.isArray()) {
            throw error(where, "expected a list of strings, found " + describe(node));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(string(node.get(i), where + "[" + i + "]"));
        }
        return values;
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> "a value";
        };
    }
}
