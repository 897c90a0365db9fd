package dev.iamlint.rules.security;

import dev.iamlint.catalog.AccessLevel;
import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Allow of every action of a service, {@code ecr:*} or {@code s3:*}: besides what the principal
 * uses it grants deleting, re-configuring and re-permissioning, and every action the service adds
 * later. {@code "Action": "*"} is IAM201's.
 */
@RuleInfo(
        id = "IAM202",
        name = "ServiceWildcard",
        summary = "Statement allows every action of a service",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class ServiceWildcard implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.action().isEmpty() || statement.action().get().negated()) {
                continue;
            }
            for (Located<String> action : statement.action().get().values()) {
                int colon = action.value().indexOf(':');
                if (colon > 0 && ArnPatterns.isWildcard(action.value().substring(colon + 1))) {
                    report(context, action);
                }
            }
        }
    }

    private static void report(DocumentContext context, Located<String> action) {
        List<ActionInfo> actions = context.catalog().matchingActions(action.value());
        if (actions.isEmpty()) {
            return;
        }
        Set<String> services = new HashSet<>();
        int write = 0;
        int permissions = 0;
        for (ActionInfo matched : actions) {
            services.add(matched.service());
            write += matched.accessLevel() == AccessLevel.WRITE ? 1 : 0;
            permissions += matched.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT ? 1 : 0;
        }
        String scope = services.size() == 1 ? "service " + actions.get(0).service() : services.size() + " services";
        List<String> kinds = new ArrayList<>();
        if (write > 0) {
            kinds.add(write + " write");
        }
        if (permissions > 0) {
            kinds.add(permissions + " permissions-management");
        }
        String including = kinds.isEmpty() ? "" : ", including " + String.join(" and ", kinds) + " ones";
        context.report(action, action.value() + " allows all " + actions.size() + " actions of " + scope + including
                + ", and any added later; list the actions needed");
    }
}
