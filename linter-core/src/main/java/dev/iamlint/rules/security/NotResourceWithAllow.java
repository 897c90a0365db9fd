package dev.iamlint.rules.security;

import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;

/**
 * {@code "Effect": "Allow"} with {@code NotResource}: it allows the actions on every resource in
 * every account except the listed ones, resources created later included.
 */
@RuleInfo(
        id = "IAM204",
        name = "NotResourceWithAllow",
        summary = "Allow statement uses NotResource",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html")
public final class NotResourceWithAllow implements DocumentRule {

    private static final String KEY = "NotResource";

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.resource().isEmpty() || !statement.resource().get().negated()) {
                continue;
            }
            ResourceElement notResource = statement.resource().get();
            context.report(Statements.keyRange(notResource.range(), KEY), Statements.pointer(statement, KEY),
                    "Allow with NotResource allows the actions on every resource of every account except the "
                            + notResource.values().size() + " listed; list the allowed resources in \"Resource\" instead");
        }
    }
}
