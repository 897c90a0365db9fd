package dev.iamlint.rules.validity;

import dev.iamlint.model.Condition;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;

/**
 * A condition key that neither its service nor the global keys define, such as
 * {@code ecr:ResourceTags/team}. A key absent from every request makes the condition false (true
 * for negated operators), so the statement silently never or always applies.
 */
@RuleInfo(
        id = "IAM107",
        name = "UnknownConditionKey",
        summary = "Condition key is neither a global key nor a key of its service",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html")
public final class UnknownConditionKey implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            for (Condition condition : statement.conditions()) {
                String key = condition.key().value();
                if (ConditionKeys.lookup(context.catalog(), statement, key) instanceof ConditionKeys.Unknown unknown) {
                    report(context, condition, key, unknown.prefix());
                }
            }
        }
    }

    private static void report(DocumentContext context, Condition condition, String key, String prefix) {
        if (prefix.isEmpty()) {
            String global = "aws:" + key;
            if (context.catalog().globalConditionKey(global).isPresent()) {
                context.report(condition.key(), "condition key \"" + key + "\" has no prefix; did you mean " + global + "?",
                        Fix.of("Replace with " + global));
            } else {
                context.report(condition.key(), "condition key \"" + key + "\" has no prefix; write it as service:name");
            }
        } else if (prefix.equals("aws")) {
            context.report(condition.key(), key + " is not a global condition key, nor one of this statement's services;"
                    + " check its spelling in the list of global condition keys");
        } else {
            context.report(condition.key(), key + " is not a condition key of service " + prefix + ", nor a global key;"
                    + " check its spelling in the Service Authorization Reference");
        }
    }
}
