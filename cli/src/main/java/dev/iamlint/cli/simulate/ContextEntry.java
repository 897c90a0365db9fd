package dev.iamlint.cli.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamlint.cli.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A condition key and its values for the simulation, as IAM's {@code ContextEntry}:
 * {@code ContextKeyName}, {@code ContextKeyValues} and {@code ContextKeyType}.
 */
public record ContextEntry(String name, List<String> values, Optional<String> type) {

    private static final String NAME = "ContextKeyName";
    private static final String VALUES = "ContextKeyValues";
    private static final String TYPE = "ContextKeyType";
    private static final List<String> FIELDS = List.of(NAME, VALUES, TYPE);

    /** IAM's ContextKeyTypeEnum. */
    private static final Set<String> TYPES = Set.of(
            "string", "stringList", "numeric", "numericList", "boolean", "booleanList",
            "ip", "ipList", "binary", "binaryList", "date", "dateList");

    public ContextEntry {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Objects.requireNonNull(type, "type");
    }

    /** An entry written as JSON: {@code {"ContextKeyName": …, "ContextKeyValues": […], "ContextKeyType": …}}. */
    static ContextEntry fromJson(JsonNode node, String where) {
        if (!node.isObject()) {
            throw JsonInput.error(where, "expected a context entry object, found " + JsonInput.describe(node));
        }
        String name = null;
        List<String> values = List.of();
        String type = null;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String fieldWhere = where + "." + field.getKey();
            switch (field.getKey()) {
                case NAME -> name = JsonInput.string(field.getValue(), fieldWhere);
                case VALUES -> values = JsonInput.strings(field.getValue(), fieldWhere);
                case TYPE -> type = JsonInput.string(field.getValue(), fieldWhere);
                default -> throw unknownField(where, field.getKey());
            }
        }
        return of(name, values, type, where);
    }

    /** An entry written in shorthand; a single value is a list of one, as the AWS CLI reads it. */
    static ContextEntry fromShorthand(Map<String, Object> fields, String where) {
        String name = null;
        List<String> values = List.of();
        String type = null;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            switch (field.getKey()) {
                case NAME -> name = scalar(field.getValue(), where, NAME);
                case VALUES -> values = list(field.getValue(), where);
                case TYPE -> type = scalar(field.getValue(), where, TYPE);
                default -> throw unknownField(where, field.getKey());
            }
        }
        return of(name, values, type, where);
    }

    private static ContextEntry of(String name, List<String> values, String type, String where) {
        if (name == null || name.isEmpty()) {
            throw InputException.error(where + ": a context entry needs a " + NAME);
        }
        if (type != null && !TYPES.contains(type)) {
            throw InputException.error(where + ": " + TYPE + " " + type + " is not one of "
                    + TYPES.stream().sorted().toList());
        }
        return new ContextEntry(name, values, Optional.ofNullable(type));
    }

    private static String scalar(Object value, String where, String field) {
        if (value instanceof String text) {
            return text;
        }
        throw InputException.error(where + ": " + field + " must be a single value");
    }

    private static List<String> list(Object value, String where) {
        if (value instanceof String text) {
            return List.of(text);
        }
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                values.add(scalar(item, where, VALUES));
            }
            return values;
        }
        throw InputException.error(where + ": " + VALUES + " must be a value or a list of values");
    }

    private static InputException unknownField(String where, String field) {
        return InputException.error(where + ": unknown context entry field " + field + ", expected one of " + FIELDS);
    }
}
