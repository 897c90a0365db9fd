package dev.iamlint.rules.security;

import dev.iamlint.model.PrincipalElement;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An Allow that lets in every principal: {@code "Principal": "*"} or {@code {"AWS": "*"}}, which
 * take in every AWS account and, where the service accepts them, anonymous callers; or a
 * {@code NotPrincipal}, which takes in everyone it does not list. A condition on who calls or from
 * where (account, organization, principal or source ARN, VPC, VPC endpoint, IP) limits the
 * statement, and then it is left alone; a negated, {@code …IfExists}, {@code Null} or
 * {@code ForAllValues} test of such a key still lets in requests without it, so it does not count.
 * Deny statements with {@code "*"} are the usual guard rails and are never reported.
 */
@RuleInfo(
        id = "IAM210",
        name = "AllowToEveryone",
        summary = "Allow statement lets in every principal, with no condition on who or where",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous")
public final class AllowToEveryone implements DocumentRule {

    private static final String NOT_PRINCIPAL = "NotPrincipal";
    private static final List<String> ASSUME_ROLE = List.of("sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity");
    /** Condition keys that name who calls or where from, in lower case. */
    private static final Set<String> LIMITING_KEYS = Set.of(
            "aws:principalaccount", "aws:principalarn", "aws:principalorgid", "aws:principalorgpaths", "aws:principalservicename",
            "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceowner",
            "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:vpcsourceip", "aws:userid", "aws:username",
            "kms:calleraccount");

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.principal().isEmpty() || limited(statement)) {
                continue;
            }
            PrincipalElement principal = statement.principal().get();
            if (principal.negated()) {
                context.report(Statements.keyRange(principal.range(), NOT_PRINCIPAL), Statements.pointer(statement, NOT_PRINCIPAL),
                        "Allow with NotPrincipal lets in every principal it does not list, of every AWS account and anonymous ones"
                                + " included; name the allowed principals in \"Principal\" instead");
            } else if (principal.value() instanceof PrincipalValue.Wildcard wildcard) {
                context.report(wildcard.range(), Statements.pointer(statement, "Principal"), message(statement));
            } else if (principal.value() instanceof PrincipalValue.ByType byType) {
                for (PrincipalValue.Entry entry : byType.entries()) {
                    if (entry.type().value().equals("AWS")) {
                        entry.values().stream().filter(value -> value.value().equals("*")).findFirst()
                                .ifPresent(everyone -> context.report(everyone, message(statement)));
                    }
                }
            }
        }
    }

    private static String message(Statement statement) {
        if (assumesRole(statement)) {
            return "\"*\" lets a principal of any AWS account assume this role; name the principals that may, or limit who with a"
                    + " condition such as aws:PrincipalOrgID or aws:PrincipalArn";
        }
        return "\"*\" lets in every principal of every AWS account, and anonymous callers where the service accepts them; name the"
                + " principals, or limit who or where with a condition such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceVpce";
    }

    private static boolean assumesRole(Statement statement) {
        return statement.action().isPresent() && ASSUME_ROLE.stream().anyMatch(action -> Statements.covers(statement.action().get(), action));
    }

    /** Whether a condition certainly keeps out requests that do not name the keyed account, principal or place. */
    private static boolean limited(Statement statement) {
        return statement.conditions().stream().anyMatch(condition -> Statements.requiresMatch(condition)
                && LIMITING_KEYS.contains(condition.key().value().toLowerCase(Locale.ROOT)));
    }
}
