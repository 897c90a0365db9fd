package dev.iamlint.requirement;

import dev.iamlint.text.InvalidInputException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the requirement format straight off Jackson's token stream. The format is fixed and
 * shallow, so every unexpected token is an error on the spot: nothing is nested deeper than a
 * permission, and unknown fields are rejected, which catches misspellings.
 */
final class RequirementReader {

    static final int MAX_CHARS = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build())
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    private static final List<String> FIELDS = List.of("name", "description", "permissions", "notes");
    private static final List<String> PERMISSION_FIELDS = List.of("action", "resource", "grant", "step", "unless", "sid");

    private final String source;
    private final JsonParser parser;

    private RequirementReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    static Requirement read(String json, String source) {
        if (json.length() > MAX_CHARS) {
            throw new InvalidInputException(source, 1, 1, "requirement file is longer than " + MAX_CHARS + " characters");
        }
        try (JsonParser parser = FACTORY.createParser(json.toCharArray())) {
            RequirementReader reader = new RequirementReader(source, parser);
            try {
                return reader.requirement();
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw reader.error(where, "malformed JSON: " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private Requirement requirement() throws IOException {
        JsonLocation start = expect(parser.nextToken(), JsonToken.START_OBJECT, "the requirement");
        String name = null;
        JsonLocation nameAt = start;
        String description = "";
        List<Permission> permissions = null;
        List<String> notes = List.of();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = field(seen);
            switch (field) {
                case "name" -> {
                    name = string(field);
                    nameAt = parser.currentTokenLocation();
                }
                case "description" -> description = string(field);
                case "permissions" -> permissions = permissions();
                case "notes" -> notes = strings(field);
                default -> throw unknownField(field, "requirement", FIELDS);
            }
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw error(parser.currentTokenLocation(), "unexpected content after the requirement object");
        }
        if (name == null) {
            throw error(start, "the requirement has no \"name\"");
        }
        if (name.isBlank()) {
            throw error(nameAt, "\"name\" is empty");
        }
        if (permissions == null) {
            throw error(start, "the requirement has no \"permissions\"");
        }
        return new Requirement(name, description, permissions, notes);
    }

    private List<Permission> permissions() throws IOException {
        JsonLocation start = expect(parser.nextToken(), JsonToken.START_ARRAY, "\"permissions\"");
        List<Permission> permissions = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation at = expect(token, JsonToken.START_OBJECT, "a permission");
            Permission permission = permission(at);
            Optional<String> conflict = Requirement.conflict(permissions, permission);
            if (conflict.isPresent()) {
                throw error(at, conflict.get());
            }
            permissions.add(permission);
        }
        if (permissions.isEmpty()) {
            throw error(start, "\"permissions\" is empty: a requirement needs at least one");
        }
        return permissions;
    }

    private Permission permission(JsonLocation start) throws IOException {
        String action = null;
        ResourceTemplate resource = null;
        Optional<ResourceTemplate> grant = Optional.empty();
        String step = null;
        Optional<String> unless = Optional.empty();
        Optional<String> sid = Optional.empty();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = field(seen);
            String value = switch (field) {
                case "action", "resource", "grant", "step", "unless", "sid" -> string(field);
                default -> throw unknownField(field, "permission", PERMISSION_FIELDS);
            };
            // Each field is checked where it is written, so the error points at it.
            try {
                switch (field) {
                    case "action" -> {
                        Permission.checkAction(value);
                        action = value;
                    }
                    case "resource" -> {
                        resource = new ResourceTemplate(value);
                        Permission.checkResource(resource);
                    }
                    case "grant" -> grant = Optional.of(new ResourceTemplate(value));
                    case "step" -> {
                        Permission.checkStep(value);
                        step = value;
                    }
                    case "unless" -> {
                        Permission.checkFlag(value);
                        unless = Optional.of(value);
                    }
                    default -> {
                        Permission.checkSid(value);
                        sid = Optional.of(value);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw error(parser.currentTokenLocation(), e.getMessage());
            }
        }
        String missing = action == null ? "action" : resource == null ? "resource" : step == null ? "step" : null;
        if (missing != null) {
            throw error(start, "a permission has no \"" + missing + "\"");
        }
        return new Permission(action, resource, grant, step, unless, sid);
    }

    /** The current field name; a second field of the same name is an error rather than a silent replacement. */
    private String field(Set<String> seen) throws IOException {
        String field = parser.currentName();
        if (!seen.add(field)) {
            throw error(parser.currentTokenLocation(), "duplicate field \"" + field + "\"");
        }
        return field;
    }

    private String string(String field) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_STRING) {
            throw error(parser.currentTokenLocation(), "\"" + field + "\" must be a string, not " + describe(token));
        }
        return parser.getText();
    }

    private List<String> strings(String field) throws IOException {
        expect(parser.nextToken(), JsonToken.START_ARRAY, "\"" + field + "\"");
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                throw error(parser.currentTokenLocation(), "\"" + field + "\" must hold strings, not " + describe(token));
            }
            values.add(parser.getText());
        }
        return values;
    }

    private JsonLocation expect(JsonToken token, JsonToken wanted, String what) {
        JsonLocation at = parser.currentTokenLocation();
        if (token != wanted) {
            throw error(at, what + " must be " + describe(wanted) + ", not " + describe(token));
        }
        return at;
    }

    private InvalidInputException unknownField(String field, String where, List<String> known) {
        return error(parser.currentTokenLocation(),
                "unknown field \"" + field + "\" in a " + where + " (expected " + String.join(", ", known) + ")");
    }

    private InvalidInputException error(JsonLocation at, String reason) {
        return new InvalidInputException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), reason);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case END_OBJECT -> "the end of an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "the end of an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
