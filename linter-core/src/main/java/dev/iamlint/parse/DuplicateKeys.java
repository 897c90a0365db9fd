package dev.iamlint.parse;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds repeated keys anywhere in a document, including inside elements the parser does not know:
 * AWS rejects every duplicate, while most JSON libraries silently keep the last one.
 */
final class DuplicateKeys {

    /** A key seen again in the same object, with the pointer both occurrences share. */
    record Duplicate(Member first, Member later, String pointer) {
    }

    private DuplicateKeys() {
    }

    /**
     * In document order of the later occurrence within each object; walks with a heap stack.
     * Pointers start with {@code rootPointer}, the pointer of {@code root} in its document.
     */
    static List<Duplicate> find(JsonValue root, String rootPointer) {
        List<Duplicate> found = new ArrayList<>();
        ArrayDeque<JsonValue> values = new ArrayDeque<>();
        ArrayDeque<String> pointers = new ArrayDeque<>();
        values.push(root);
        pointers.push(rootPointer);
        while (!values.isEmpty()) {
            JsonValue value = values.pop();
            String pointer = pointers.pop();
            if (value instanceof JsonObject object) {
                // A map, not pairwise comparison, so an object with many keys stays linear.
                Map<String, Member> seen = object.members().size() > 1 ? new HashMap<>() : null;
                for (Member member : object.members()) {
                    Member first = seen == null ? null : seen.putIfAbsent(member.key(), member);
                    boolean container = isContainer(member.value());
                    if (first != null || container) {
                        String memberPointer = Pointers.child(pointer, member.key());
                        if (first != null) {
                            found.add(new Duplicate(first, member, memberPointer));
                        }
                        if (container) {
                            values.push(member.value());
                            pointers.push(memberPointer);
                        }
                    }
                }
            } else if (value instanceof JsonArray array) {
                for (int i = 0; i < array.elements().size(); i++) {
                    JsonValue element = array.elements().get(i);
                    if (isContainer(element)) {
                        values.push(element);
                        pointers.push(Pointers.child(pointer, i));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isContainer(JsonValue value) {
        return value instanceof JsonObject || value instanceof JsonArray;
    }
}
