package dev.iamlint.rules.validity;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.List;

/**
 * A policy variable such as {@code ${aws:username}} in a policy without
 * {@code "Version": "2012-10-17"}. Under 2008-10-17 (also what a missing Version means) the
 * variable is literal text, so the resource or condition value matches nothing that was meant.
 * Markers of unknown values ({@code ${unknown:AWS::Region}}) are no policy variables, and a
 * Version that is itself unknown may be 2012-10-17.
 */
@RuleInfo(
        id = "IAM111",
        name = "PolicyVariableWithoutVersion",
        summary = "Policy variable in a policy without Version 2012-10-17",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html")
public final class PolicyVariableWithoutVersion implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        PolicyDocument document = context.document();
        if (document.policyVariablesEnabled() || document.version().filter(v -> UnknownValues.contains(v.value())).isPresent()) {
            return;
        }
        String why = document.version()
                .map(v -> "this policy's Version is " + v.value())
                .orElse("this policy has no Version");
        for (Statement statement : document.statements()) {
            for (Located<String> resource : statement.resource().map(r -> r.values()).orElse(List.of())) {
                check(context, resource, resource.value(), why);
            }
            for (Condition condition : statement.conditions()) {
                for (Located<ConditionValue> value : condition.values()) {
                    check(context, value, value.value().text(), why);
                }
            }
        }
    }

    private static void check(DocumentContext context, Located<?> element, String text, String why) {
        int start = text.indexOf("${");
        while (start >= 0 && text.startsWith(UnknownValues.PREFIX, start)) {
            int close = text.indexOf('}', start);
            start = close < 0 ? -1 : text.indexOf("${", close);
        }
        if (start < 0) {
            return;
        }
        int close = text.indexOf('}', start);
        String variable = close < 0 ? text.substring(start) : text.substring(start, close + 1);
        context.report(element, variable + " is literal text here: policy variables work only under \"Version\": \"2012-10-17\", and "
                + why + "; set that Version", Fix.of("Set \"Version\": \"2012-10-17\""));
    }
}
