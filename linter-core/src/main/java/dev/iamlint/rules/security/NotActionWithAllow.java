package dev.iamlint.rules.security;

import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;

/**
 * {@code "Effect": "Allow"} with {@code NotAction}: it allows every action of every service except
 * the listed ones, today's and future ones. NotAction belongs in Deny statements.
 */
@RuleInfo(
        id = "IAM203",
        name = "NotActionWithAllow",
        summary = "Allow statement uses NotAction",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html")
public final class NotActionWithAllow implements DocumentRule {

    private static final String KEY = "NotAction";

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.action().isEmpty() || !statement.action().get().negated()) {
                continue;
            }
            ActionElement notAction = statement.action().get();
            context.report(Statements.keyRange(notAction.range(), KEY), Statements.pointer(statement, KEY),
                    "Allow with NotAction allows every action of every service except the " + notAction.values().size()
                            + " listed, including actions AWS adds later; list the allowed actions in \"Action\" instead");
        }
    }
}
