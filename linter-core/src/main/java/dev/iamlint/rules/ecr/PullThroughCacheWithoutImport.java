package dev.iamlint.rules.ecr;

import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.Placeholder;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.ecr.PullDiagnosis.Checked;
import dev.iamlint.rules.ecr.PullDiagnosis.Missing;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Images pulled through a pull-through cache (requirement {@code ecr-pull-through-cache}) whose
 * pull itself is granted, but not {@code ecr:BatchImportUpstreamImage} (or, unless the cache's
 * repositories exist, {@code ecr:CreateRepository}) on the cache prefix: cached images pull, and
 * the first pull of anything new fails. When the pull itself is missing too, ECR001 or ECR002
 * report everything at once.
 */
@RuleInfo(
        id = "ECR007",
        name = "PullThroughCacheWithoutImport",
        summary = "Pull-through-cache images without ecr:BatchImportUpstreamImage: first pulls fail",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-iam.html")
public final class PullThroughCacheWithoutImport implements SubjectRule {

    private static final String REPOSITORY = ":repository/";

    @Override
    public void check(SubjectContext context) {
        for (Checked checked : PullDiagnosis.of(context)) {
            List<Missing> gaps = checked.cacheGaps();
            if (gaps.isEmpty() || !checked.pullGaps().isEmpty()) {
                continue;
            }
            List<PermissionResult> missing = gaps.stream().map(Missing::permission).toList();
            PermissionResult first = missing.get(0);
            PullFixes.Proof proof = PullFixes.prove(context, checked.requirement());
            boolean create = missing.stream().anyMatch(p -> p.action().equalsIgnoreCase(PullDiagnosis.CREATE_REPOSITORY));
            String message = Wording.permissions(missing) + " " + Wording.is(missing) + " not allowed for the pull-through cache"
                    + cache(first) + ", so " + Wording.cannot(first) + ": AWS answers " + Wording.answer(first)
                    + (create ? "; ecr:CreateRepository is needed only while the cache's repositories do not exist yet" : "")
                    + proof.unproven();
            Optional<MatchedStatement> grant = checked.statementToExtend(first);
            if (grant.isPresent()) {
                Where.atStatement(context, grant.get().policyId(), grant.get().statementIndex(), message, proof.fix());
            } else {
                Where.atPolicy(context, context.subject().name(), message, proof.fix());
            }
        }
    }

    /** " docker-hub (arn:…:repository/docker-hub/*)": the cache prefix of the permission's target and its repositories. */
    private static String cache(PermissionResult permission) {
        return permission.target().flatMap(t -> t.value(Placeholder.CACHE_PREFIX_ARN))
                .map(arn -> " " + arn.substring(arn.indexOf(REPOSITORY) + REPOSITORY.length(), arn.length() - 2) + " (" + arn + ")")
                .orElse("");
    }
}
