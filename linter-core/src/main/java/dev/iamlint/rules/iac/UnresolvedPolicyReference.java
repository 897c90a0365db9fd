package dev.iamlint.rules.iac;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.InputContext;
import dev.iamlint.rules.InputRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.UnreadablePolicy;
import dev.iamlint.source.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * A policy that belongs to a principal of a template, plan or account but that iamlint cannot
 * read: a managed policy attached by an ARN that is neither an AWS managed policy iamlint bundles
 * nor defined in the same input, a permissions boundary likewise, or a policy document or ARN
 * written as an intrinsic iamlint does not resolve (or computed during apply). Its statements
 * are not linted and its permissions are missing from every requirement check of the principal,
 * whose result may then be wrong. Reported once per principal it belongs to; a document no
 * principal owns once on its own.
 */
@RuleInfo(
        id = "IAM115",
        name = "UnresolvedPolicyReference",
        summary = "Policy of a principal is not in the input, so its permissions are not checked",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html")
public final class UnresolvedPolicyReference implements InputRule {

    @Override
    public void check(InputContext context) {
        Set<String> reported = new HashSet<>();
        for (InputContext.Owner owner : context.owners()) {
            for (UnreadablePolicy part : owner.unreadable()) {
                String holder = part.group().map(group -> group + ", which " + owner.principal() + " is in,").orElse(owner.principal());
                context.report(part, part.part() + " of " + holder + " " + part.problem() + ", so "
                        + (part.boundary() ? "the limits it sets are" : "its permissions are")
                        + " not part of the checks and a requirement result for " + owner.principal() + " may be wrong");
                reported.add(part.pointer());
            }
        }
        for (UnreadablePolicy document : context.unreadableDocuments()) {
            if (!reported.contains(document.pointer())) {
                context.report(document, document.part() + " " + document.problem() + ", so its statements are not checked");
            }
        }
    }
}
