package dev.iamlint.rules.iac;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * A policy that belongs to a principal of a template, plan or account but that iamlint cannot
 * read: a managed policy attached by an ARN that is neither an AWS managed policy iamlint bundles
 * nor defined in the same input, a permissions boundary likewise, or a policy document or ARN
 * written as an intrinsic iamlint does not resolve (or computed during apply). Its statements
 * are not linted and its permissions are missing from every requirement check of the principal,
 * whose result may then be wrong.
 *
 * <p>Findings are made where principals are assembled (the linter, which alone sees what an input
 * attaches to what), with this rule's metadata and {@link #message}; there is nothing to check
 * per subject.
 */
@RuleInfo(
        id = "IAM115",
        name = "UnresolvedPolicyReference",
        summary = "Policy of a principal is not in the input, so its permissions are not checked",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html")
public final class UnresolvedPolicyReference implements SubjectRule {

    @Override
    public void check(SubjectContext context) {
        // See the class comment: reported while principals are assembled.
    }

    /**
     * {@code managed policy arn:… of role NodeRole is neither …, so its permissions are not part of the checks …}.
     *
     * @param part what cannot be read, e.g. {@code managed policy arn:aws:iam::111122223333:policy/pull}
     * @param problem why, e.g. {@code is given by Fn::ImportValue, which iamlint does not resolve}
     * @param principal whose permissions it belongs to, e.g. {@code role NodeRole}; empty for a policy
     *     no principal has (a repository or trust policy)
     * @param group the group a user has it through, e.g. {@code group developers}
     * @param boundary whether it is a permissions boundary, which limits rather than grants
     */
    public static String message(String part, String problem, Optional<String> principal, Optional<String> group, boolean boundary) {
        if (principal.isEmpty()) {
            return part + " " + problem + ", so its statements are not checked";
        }
        String owner = group.map(g -> g + ", which " + principal.get() + " is in,").orElse(principal.get());
        return part + " of " + owner + " " + problem + ", so " + (boundary ? "the limits it sets are" : "its permissions are")
                + " not part of the checks and a requirement result for " + principal.get() + " may be wrong";
    }
}
