package dev.iamlint.parse;

import static dev.iamlint.parse.ParseContext.quote;
import static dev.iamlint.parse.ParseContext.typeOf;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@code Condition} block: an object of operators, each an object of keys and their values. */
final class ConditionReader {

    private ConditionReader() {
    }

    static List<Condition> read(ParseContext context, Member element, String pointer) {
        if (!(element.value() instanceof JsonObject block)) {
            context.error(ProblemCode.WRONG_TYPE, "\"Condition\" must be an object of condition operators, not "
                    + typeOf(element.value()), element.value().range(), pointer);
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (Member operator : context.distinctMembers(block)) {
            String operatorPointer = Pointers.child(pointer, operator.key());
            if (ConditionOperator.parse(operator.key()).isEmpty()) {
                context.error(ProblemCode.UNKNOWN_CONDITION_OPERATOR, "unknown condition operator " + quote(operator.key()),
                        operator.keyRange(), operatorPointer);
            }
            if (!(operator.value() instanceof JsonObject keys)) {
                context.error(ProblemCode.WRONG_TYPE, "condition operator " + quote(operator.key())
                        + " must map to an object of condition keys, not " + typeOf(operator.value()),
                        operator.value().range(), operatorPointer);
                continue;
            }
            Located<String> operatorName = new Located<>(operator.key(), operator.keyRange(), operatorPointer);
            for (Member key : context.distinctMembers(keys)) {
                String keyPointer = Pointers.child(operatorPointer, key.key());
                conditions.add(new Condition(operatorName, new Located<>(key.key(), key.keyRange(), keyPointer),
                        values(context, key, keyPointer), key.range()));
            }
        }
        return conditions;
    }

    private static List<Located<ConditionValue>> values(ParseContext context, Member key, String pointer) {
        JsonValue value = key.value();
        if (!(value instanceof JsonArray array)) {
            return value(context, key, value, pointer).map(List::of).orElse(List.of());
        }
        if (array.elements().isEmpty()) {
            // AWS accepts this, but a key with no values never matches, which is rarely what was meant.
            context.warning(ProblemCode.EMPTY_VALUE, "condition key " + quote(key.key()) + " has no values",
                    array.range(), pointer);
        }
        List<Located<ConditionValue>> values = new ArrayList<>(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            value(context, key, array.elements().get(i), Pointers.child(pointer, i)).ifPresent(values::add);
        }
        return values;
    }

    /** One value: AWS accepts strings, numbers and booleans and compares their text. */
    private static Optional<Located<ConditionValue>> value(ParseContext context, Member key, JsonValue value, String pointer) {
        ConditionValue read;
        if (value instanceof JsonString string) {
            read = new ConditionValue.Text(string.value());
        } else if (value instanceof JsonNumber number) {
            read = new ConditionValue.Number(number.raw());
        } else if (value instanceof JsonBool bool) {
            read = new ConditionValue.Bool(bool.value());
        } else {
            context.error(ProblemCode.WRONG_TYPE, "condition key " + quote(key.key())
                    + " must map to strings, numbers or booleans, not " + typeOf(value), value.range(), pointer);
            return Optional.empty();
        }
        return Optional.of(new Located<>(read, value.range(), pointer));
    }
}
