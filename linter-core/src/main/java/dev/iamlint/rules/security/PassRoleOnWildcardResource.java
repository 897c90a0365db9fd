package dev.iamlint.rules.security;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * An Allow of {@code iam:PassRole} on every role ({@code "*"}, {@code arn:aws:iam::*:role/*},
 * NotResource): the principal can hand any role, administrator roles included, to a service it
 * controls (an EC2 instance, a Lambda function) and act with that role's permissions.
 * {@code "Action": "*"} is IAM201's.
 */
@RuleInfo(
        id = "IAM205",
        name = "PassRoleOnWildcardResource",
        summary = "Statement allows iam:PassRole on every role",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")
public final class PassRoleOnWildcardResource implements DocumentRule {

    private static final String PASS_ROLE = "iam:PassRole";
    private static final String NOT_RESOURCE = "NotResource";

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.action().isEmpty() || statement.resource().isEmpty()) {
                continue;
            }
            Optional<String> subject = subject(statement.action().get());
            if (subject.isEmpty()) {
                continue;
            }
            String advice = " lets the principal pass any role, administrator roles included, to a service it controls;"
                    + " name the roles it may pass and add an iam:PassedToService condition";
            ResourceElement resource = statement.resource().get();
            if (resource.negated()) {
                context.report(Statements.keyRange(resource.range(), NOT_RESOURCE), Statements.pointer(statement, NOT_RESOURCE),
                        subject.get() + " with NotResource" + advice);
                continue;
            }
            for (Located<String> value : resource.values()) {
                if (Statements.everyRole(value.value())) {
                    context.report(value, subject.get() + " on \"" + value.value() + "\"" + advice);
                }
            }
        }
    }

    /** How the statement comes to allow iam:PassRole, if it does other than by {@code "*"}. */
    private static Optional<String> subject(ActionElement actions) {
        if (actions.negated()) {
            return Statements.covers(actions, PASS_ROLE)
                    ? Optional.of(PASS_ROLE + " (which NotAction does not exclude)")
                    : Optional.empty();
        }
        for (Located<String> action : actions.values()) {
            if (ArnPatterns.isWildcard(action.value()) || !ActionPatterns.mayMatch(action.value(), PASS_ROLE)
                    || !Glob.compile(action.value(), true).matches(PASS_ROLE)) {
                continue;
            }
            return Optional.of(action.value().equalsIgnoreCase(PASS_ROLE)
                    ? action.value()
                    : action.value() + " (which includes " + PASS_ROLE + ")");
        }
        return Optional.empty();
    }
}
