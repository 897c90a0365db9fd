package dev.iamlint.rules.ecr;

import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.ecr.PullDiagnosis.Checked;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The case iamlint exists for: the policies allow {@code ecr:GetAuthorizationToken} but neither
 * {@code ecr:BatchGetImage} nor {@code ecr:GetDownloadUrlForLayer} on the repositories, so
 * {@code docker login} works and every pull fails with 403. Reported at the statement that
 * grants the token, with both proven fixes.
 */
@RuleInfo(
        id = "ECR001",
        name = "TokenWithoutPull",
        summary = "ECR login token is allowed, but neither layer action needed to pull",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/security-iam-awsmanpol.html")
public final class TokenWithoutPull implements SubjectRule {

    @Override
    public void check(SubjectContext context) {
        for (Checked checked : PullDiagnosis.of(context)) {
            if (!checked.tokenOnly()) {
                continue;
            }
            List<PermissionResult> manifest = checked.permissions(PullDiagnosis.MANIFEST);
            PullFixes.Proof proof = PullFixes.prove(context, checked.requirement());
            String message = "ecr:GetAuthorizationToken is allowed, but neither ecr:BatchGetImage nor ecr:GetDownloadUrlForLayer"
                    + " on " + repositories(manifest) + ": logging in to ECR succeeds, then every pull fails with "
                    + Wording.answer(manifest.get(0)) + Wording.alsoMissing(checked.cacheGaps()) + proof.unproven();
            Optional<MatchedStatement> grant = checked.permissions(TokenScope.TOKEN).stream()
                    .flatMap(p -> PullDiagnosis.identityAllow(p.evaluation()).stream()).findFirst();
            if (grant.isPresent()) {
                Where.atStatement(context, grant.get().policyId(), grant.get().statementIndex(), message, proof.fix());
            } else {
                Where.atPolicy(context, context.subject().name(), message, proof.fix());
            }
        }
    }

    /** "arn:…:repository/app (image …)", for each repository checked. */
    private static String repositories(List<PermissionResult> manifest) {
        return String.join(", ", manifest.stream().map(p -> p.resource() + Wording.target(p)).toList());
    }
}
