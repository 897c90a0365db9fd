package dev.iamlint.parse;

import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PrincipalElement;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every located element of a parsed document as one line each ({@code label range [pointer] [value]}),
 * so fixture files can state positions exactly and readably.
 */
final class ModelDump {

    private final List<String> lines = new ArrayList<>();

    private ModelDump() {
    }

    static List<String> of(Optional<PolicyDocument> document) {
        ModelDump dump = new ModelDump();
        document.ifPresent(dump::document);
        return dump.lines;
    }

    private void document(PolicyDocument document) {
        add("document", document.range());
        document.version().ifPresent(v -> located("Version", v));
        document.id().ifPresent(v -> located("Id", v));
        for (Statement statement : document.statements()) {
            statement(statement);
        }
    }

    private void statement(Statement statement) {
        String prefix = "statement " + statement.index();
        add(prefix, statement.range());
        statement.sid().ifPresent(v -> located("Sid", v));
        statement.effect().ifPresent(v -> located("Effect", v));
        statement.principal().ifPresent(p -> principal(prefix, p));
        statement.action().ifPresent(a -> strings(prefix + (a.negated() ? " NotAction" : " Action"), a.range(), a.values()));
        statement.resource().ifPresent(r -> strings(prefix + (r.negated() ? " NotResource" : " Resource"), r.range(), r.values()));
        for (Condition condition : statement.conditions()) {
            add(prefix + " condition", condition.range());
            located("operator", condition.operator());
            located("key", condition.key());
            for (Located<ConditionValue> value : condition.values()) {
                String type = value.value() instanceof ConditionValue.Text ? "text"
                        : value.value() instanceof ConditionValue.Number ? "number" : "bool";
                lines.add(type + " " + value.range() + " " + value.pointer() + " " + value.value().text());
            }
        }
    }

    private void principal(String prefix, PrincipalElement principal) {
        add(prefix + (principal.negated() ? " NotPrincipal" : " Principal"), principal.range());
        if (principal.value() instanceof PrincipalValue.Wildcard wildcard) {
            add("wildcard", wildcard.range());
        } else if (principal.value() instanceof PrincipalValue.ByType byType) {
            for (PrincipalValue.Entry entry : byType.entries()) {
                located("type", entry.type());
                entry.values().forEach(v -> located("value", v));
            }
        }
    }

    private void strings(String label, SourceRange range, List<Located<String>> values) {
        add(label, range);
        values.forEach(v -> located("value", v));
    }

    private void add(String label, SourceRange range) {
        lines.add(label + " " + range);
    }

    private void located(String label, Located<String> value) {
        lines.add(label + " " + value.range() + " " + value.pointer() + " " + value.value());
    }
}
