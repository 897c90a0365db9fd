package dev.iamlint.iac;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.parse.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognizes CloudFormation intrinsic functions in the long form (YAML's short form is read as it). */
final class Intrinsics {

    private final Set<String> resources;

    /** {@code resources}: the template's logical ids, so a Ref of a parameter is not taken for a resource. */
    Intrinsics(Set<String> resources) {
        this.resources = Set.copyOf(resources);
    }

    /** The intrinsic {@code value} is, if it is one: an object with one member, {@code Ref} or {@code Fn::…}. */
    Optional<Unresolved> asIntrinsic(JsonValue value, String pointer) {
        if (!(value instanceof JsonObject object) || object.members().size() != 1) {
            return Optional.empty();
        }
        JsonObject.Member call = object.members().get(0);
        if (!call.key().equals("Ref") && !call.key().startsWith("Fn::")) {
            return Optional.empty();
        }
        return Optional.of(new Unresolved(call.key(), resourceNamed(call), object.range(), pointer));
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} names, when it is a resource of this template. */
    private Optional<String> resourceNamed(JsonObject.Member call) {
        JsonValue argument = call.value();
        if (call.key().equals("Fn::GetAtt") && argument instanceof JsonArray array && !array.elements().isEmpty()) {
            argument = array.elements().get(0);
        } else if (!call.key().equals("Ref")) {
            return Optional.empty();
        }
        return argument instanceof JsonString name && resources.contains(name.value()) ? Optional.of(name.value()) : Optional.empty();
    }

    /**
     * {@code value} with every intrinsic that has a textual form replaced by that text (see
     * {@link ParsedPolicy}); every intrinsic found is added to {@code found}.
     */
    JsonValue substitute(JsonValue value, String pointer, List<Unresolved> found) {
        Optional<Unresolved> intrinsic = asIntrinsic(value, pointer);
        if (intrinsic.isPresent()) {
            found.add(intrinsic.get());
            JsonObject.Member call = ((JsonObject) value).members().get(0);
            return asText(call).<JsonValue>map(text -> new JsonString(text, value.range())).orElse(value);
        }
        if (value instanceof JsonObject object) {
            List<JsonObject.Member> members = new ArrayList<>(object.members().size());
            for (JsonObject.Member member : object.members()) {
                JsonValue replaced = substitute(member.value(), Pointers.child(pointer, member.key()), found);
                members.add(replaced == member.value() ? member : new JsonObject.Member(member.key(), member.keyRange(), replaced));
            }
            return new JsonObject(members, object.range());
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>(array.elements().size());
            for (int i = 0; i < array.elements().size(); i++) {
                elements.add(substitute(array.elements().get(i), Pointers.child(pointer, i), found));
            }
            return new JsonArray(elements, array.range());
        }
        return value;
    }

    /** The call as Fn::Sub would write it, when it has such a form. */
    private static Optional<String> asText(JsonObject.Member call) {
        JsonValue argument = call.value();
        switch (call.key()) {
            case "Fn::Sub" -> {
                JsonValue template = argument instanceof JsonArray array && !array.elements().isEmpty() ? array.elements().get(0) : argument;
                return template instanceof JsonString text ? Optional.of(text.value()) : Optional.empty();
            }
            case "Ref" -> {
                return argument instanceof JsonString name ? Optional.of("${" + name.value() + "}") : Optional.empty();
            }
            case "Fn::GetAtt" -> {
                if (argument instanceof JsonArray array && array.elements().size() == 2
                        && array.elements().get(0) instanceof JsonString resource && array.elements().get(1) instanceof JsonString attribute) {
                    return Optional.of("${" + resource.value() + "." + attribute.value() + "}");
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
