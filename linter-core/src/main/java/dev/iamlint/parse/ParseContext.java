package dev.iamlint.parse;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one parse: the policy kind, the problems found so far, and the later occurrences
 * of duplicated keys, which are reported once and then left out of the model (the first wins).
 * Also the readings every element shares: a string, a list of strings, an unknown key.
 */
final class ParseContext {

    private static final int MAX_QUOTED_CHARS = 64;

    private final PolicyKind kind;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Member> laterDuplicates = Collections.newSetFromMap(new IdentityHashMap<>());

    ParseContext(PolicyKind kind, JsonValue root, String rootPointer) {
        this.kind = kind;
        for (DuplicateKeys.Duplicate duplicate : DuplicateKeys.find(root, rootPointer)) {
            laterDuplicates.add(duplicate.later());
            error(ProblemCode.DUPLICATE_KEY,
                    "duplicate key " + quote(duplicate.later().key()) + ", first at " + duplicate.first().keyRange().start(),
                    duplicate.later().keyRange(), duplicate.pointer());
        }
    }

    PolicyKind kind() {
        return kind;
    }

    void error(ProblemCode code, String message, SourceRange range, String pointer) {
        problems.add(new Problem(code, Severity.ERROR, message, range, pointer));
    }

    void warning(ProblemCode code, String message, SourceRange range, String pointer) {
        problems.add(new Problem(code, Severity.WARNING, message, range, pointer));
    }

    List<Problem> problemsInSourceOrder() {
        problems.sort(Comparator.comparingInt((Problem p) -> p.range().line()).thenComparingInt(p -> p.range().column()));
        return problems;
    }

    /** The members AWS would read: each key's first occurrence. */
    List<Member> distinctMembers(JsonObject object) {
        if (laterDuplicates.isEmpty()) {
            return object.members();
        }
        List<Member> distinct = new ArrayList<>(object.members().size());
        for (Member member : object.members()) {
            if (!laterDuplicates.contains(member)) {
                distinct.add(member);
            }
        }
        return distinct;
    }

    /** A member whose value must be a string, such as {@code Sid}. */
    Optional<Located<String>> string(Member member, String pointer) {
        if (member.value() instanceof JsonString string) {
            return Optional.of(new Located<>(string.value(), string.range(), pointer));
        }
        error(ProblemCode.WRONG_TYPE, quote(member.key()) + " must be a string, not " + typeOf(member.value()),
                member.value().range(), pointer);
        return Optional.empty();
    }

    /**
     * A member whose value is a string or an array of them, such as {@code Action}. Numbers are
     * kept as their raw token where AWS accepts them (account ids under {@code "AWS"}). Elements of
     * the wrong type are reported and left out; empty when the value itself has the wrong type.
     */
    Optional<List<Located<String>>> strings(Member member, String pointer, boolean numbersAllowed) {
        JsonValue value = member.value();
        Optional<String> single = text(value, numbersAllowed);
        if (single.isPresent()) {
            return Optional.of(List.of(new Located<>(single.get(), value.range(), pointer)));
        }
        String expected = numbersAllowed ? "strings or numbers" : "strings";
        if (!(value instanceof JsonArray array)) {
            error(ProblemCode.WRONG_TYPE, quote(member.key()) + " must be a string or an array of " + expected
                    + ", not " + typeOf(value), value.range(), pointer);
            return Optional.empty();
        }
        if (array.elements().isEmpty()) {
            error(ProblemCode.EMPTY_VALUE, quote(member.key()) + " must not be empty", array.range(), pointer);
        }
        List<Located<String>> values = new ArrayList<>(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String elementPointer = Pointers.child(pointer, i);
            Optional<String> elementText = text(element, numbersAllowed);
            if (elementText.isPresent()) {
                values.add(new Located<>(elementText.get(), element.range(), elementPointer));
            } else {
                error(ProblemCode.WRONG_TYPE, quote(member.key()) + " values must be " + expected + ", not " + typeOf(element),
                        element.range(), elementPointer);
            }
        }
        return Optional.of(values);
    }

    private static Optional<String> text(JsonValue value, boolean numbersAllowed) {
        if (value instanceof JsonString string) {
            return Optional.of(string.value());
        }
        if (numbersAllowed && value instanceof JsonNumber number) {
            return Optional.of(number.raw());
        }
        return Optional.empty();
    }

    /** An element name AWS does not know; names are case-sensitive, so a case slip gets a hint. */
    void unknownElement(String what, Member member, String pointer, List<String> known) {
        String hint = "";
        for (String name : known) {
            if (name.equalsIgnoreCase(member.key())) {
                hint = " (names are case-sensitive: " + quote(name) + ")";
            }
        }
        error(ProblemCode.UNKNOWN_ELEMENT, "unknown " + what + " " + quote(member.key()) + hint, member.keyRange(), pointer);
    }

    /** User text in a message: quoted, and cut short so a huge value cannot flood the report. */
    static String quote(String text) {
        if (text.length() <= MAX_QUOTED_CHARS) {
            return '"' + text + '"';
        }
        int cut = MAX_QUOTED_CHARS - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return '"' + text.substring(0, cut) + "…\"";
    }

    /** "an object", "a string", "null": the type of a value as the end of a message names it. */
    static String typeOf(JsonValue value) {
        String type = value.typeName();
        return switch (type) {
            case "null" -> type;
            case "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }

    /** The opening brace of an object: where something missing from it is reported. */
    static SourceRange openingBrace(JsonObject object) {
        SourceRange range = object.range();
        return new SourceRange(range.line(), range.column(), range.line(), range.column() + 1);
    }
}
