package dev.iamlint.parse;

import static dev.iamlint.parse.ParseContext.quote;
import static dev.iamlint.parse.ParseContext.typeOf;

import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the value of {@code Principal} or {@code NotPrincipal}: {@code "*"} or a map of principal types. */
final class PrincipalReader {

    private static final List<String> TYPES = List.of("AWS", "Service", "Federated", "CanonicalUser");
    /** AWS accepts unquoted account ids here, e.g. {@code "AWS": 123456789012}. */
    private static final String ACCOUNT_TYPE = "AWS";

    private PrincipalReader() {
    }

    static Optional<PrincipalValue> read(ParseContext context, Member element, String pointer) {
        JsonValue value = element.value();
        if (value instanceof JsonString string) {
            if (string.value().equals("*")) {
                return Optional.of(new PrincipalValue.Wildcard(string.range()));
            }
            context.error(ProblemCode.INVALID_PRINCIPAL, quote(element.key()) + " must be \"*\" or an object of principal types, not "
                    + quote(string.value()), string.range(), pointer);
            return Optional.empty();
        }
        if (!(value instanceof JsonObject types)) {
            context.error(ProblemCode.WRONG_TYPE, quote(element.key()) + " must be \"*\" or an object of principal types, not "
                    + typeOf(value), value.range(), pointer);
            return Optional.empty();
        }
        if (types.members().isEmpty()) {
            context.error(ProblemCode.EMPTY_VALUE, quote(element.key()) + " must not be empty", types.range(), pointer);
        }
        List<PrincipalValue.Entry> entries = new ArrayList<>(types.members().size());
        for (Member type : context.distinctMembers(types)) {
            String typePointer = Pointers.child(pointer, type.key());
            if (!TYPES.contains(type.key())) {
                context.unknownElement("principal type", type, typePointer, TYPES);
            }
            context.strings(type, typePointer, type.key().equals(ACCOUNT_TYPE)).ifPresent(values -> entries.add(
                    new PrincipalValue.Entry(new Located<>(type.key(), type.keyRange(), typePointer), values)));
        }
        return Optional.of(new PrincipalValue.ByType(entries));
    }
}
