package dev.iamlint.rules.hygiene;

import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Map;

/**
 * An action listed twice in one Action or NotAction, or covered by a wildcard in the same list
 * ({@code ecr:BatchGetImage} next to {@code ecr:Batch*}). Action names are compared ignoring case,
 * as IAM does.
 */
@RuleInfo(
        id = "IAM301",
        name = "RedundantAction",
        summary = "Action is repeated or covered by another in the same list",
        severity = Severity.NOTE,
        category = Category.HYGIENE,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html")
public final class RedundantAction implements DocumentRule {

    private static final Coverage ACTIONS = Coverage.actions();

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.action().isEmpty()) {
                continue;
            }
            List<Located<String>> actions = statement.action().get().values();
            Map<Located<String>, Located<String>> redundant = ACTIONS.redundant(actions);
            for (Located<String> action : actions) {
                if (redundant.containsKey(action)) {
                    context.report(action, ACTIONS.explain(action, redundant.get(action)));
                }
            }
        }
    }
}
