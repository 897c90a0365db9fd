package dev.iamlint.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An object or array whose closing token has not been read yet; shared by the JSON and YAML readers. */
final class OpenContainer {
    final JsonLocation start;
    private final List<JsonObject.Member> members;
    private final List<JsonValue> elements;
    private String key;
    private SourceRange keyRange;

    OpenContainer(boolean object, JsonLocation start) {
        this.start = start;
        this.members = object ? new ArrayList<>() : null;
        this.elements = object ? null : new ArrayList<>();
    }

    void key(String name, SourceRange range) {
        key = name;
        keyRange = range;
    }

    /**
     * Adds a finished value to the innermost open container, and returns null; with none open,
     * returns the value: it is the document's root.
     */
    static JsonValue attach(Deque<OpenContainer> open, JsonValue value) {
        OpenContainer parent = open.peek();
        if (parent == null) {
            return value;
        }
        parent.add(value);
        return null;
    }

    void add(JsonValue value) {
        if (members != null) {
            members.add(new JsonObject.Member(key, keyRange, value));
        } else {
            elements.add(value);
        }
    }

    /** The range of the last value added, or null when there is none. */
    SourceRange lastValueRange() {
        List<?> values = members != null ? members : elements;
        if (values.isEmpty()) {
            return null;
        }
        return members != null ? members.get(members.size() - 1).value().range() : elements.get(elements.size() - 1).range();
    }

    JsonValue close(SourceRange range) {
        return members != null ? new JsonObject(members, range) : new JsonArray(elements, range);
    }
}
