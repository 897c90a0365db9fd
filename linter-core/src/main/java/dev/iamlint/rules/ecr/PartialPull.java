package dev.iamlint.rules.ecr;

import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.ecr.PullDiagnosis.Checked;
import dev.iamlint.rules.ecr.PullDiagnosis.Missing;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Part of what a requirement needs is granted by nothing, and no more specific rule explains why
 * (ECR001 token only, ECR003 token scoped to an ARN, ECR004 a Deny, ECR005 conditions, ECR007 the
 * pull-through cache, ECR009 a repository policy, ECR010 an ARN of another registry). Says which
 * step of the pull fails first, quotes AWS's answer, and lists the rest; the fixes are proven.
 * Checks every requirement, so a requirement file's permissions that nothing grants are reported
 * here too.
 */
@RuleInfo(
        id = "ECR002",
        name = "PartialPull",
        summary = "A permission an image pull needs is not allowed, so one of its steps fails",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html")
public final class PartialPull implements SubjectRule {

    @Override
    public void check(SubjectContext context) {
        for (Checked checked : PullDiagnosis.of(context)) {
            List<Missing> gaps = checked.pullGaps();
            if (checked.tokenOnly() || gaps.isEmpty()) {
                continue;
            }
            PermissionResult first = gaps.get(0).permission();
            List<Missing> more = new ArrayList<>(gaps.subList(1, gaps.size()));
            more.addAll(checked.cacheGaps());
            PullFixes.Proof proof = PullFixes.prove(context, checked.requirement());
            String message = first.action() + Wording.on(first) + " is not allowed, so " + Wording.cannot(first)
                    + ": AWS answers " + Wording.answer(first) + Wording.alsoMissing(more) + proof.unproven();
            Optional<MatchedStatement> grant = checked.statementToExtend(first);
            if (grant.isPresent()) {
                Where.atStatement(context, grant.get().policyId(), grant.get().statementIndex(), message, proof.fix());
            } else {
                Where.atPolicy(context, context.subject().name(), message, proof.fix());
            }
        }
    }
}
