package dev.iamlint.rules.security;

import dev.iamlint.model.Effect;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;

/** An Allow of {@code "Action": "*"}: every action of every service, administrator access. */
@RuleInfo(
        id = "IAM201",
        name = "AllActions",
        summary = "Statement allows every action of every service",
        severity = Severity.ERROR,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class AllActions implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.effectValue().orElse(null) != Effect.ALLOW || statement.action().isEmpty()
                    || statement.action().get().negated()) {
                continue;
            }
            for (Located<String> action : statement.action().get().values()) {
                if (action.value().equals("*")) {
                    context.report(action, "\"Action\": \"*\" allows every action of every AWS service;"
                            + " list the actions this principal needs");
                }
            }
        }
    }
}
