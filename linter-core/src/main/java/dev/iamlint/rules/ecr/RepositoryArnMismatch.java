package dev.iamlint.rules.ecr;

import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.ecr.PullDiagnosis.Cause;
import dev.iamlint.rules.ecr.PullDiagnosis.Checked;
import dev.iamlint.rules.ecr.PullDiagnosis.Missing;
import dev.iamlint.rules.ecr.PullDiagnosis.Placed;
import dev.iamlint.rules.validity.Phrases;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Resource that names the image's repository in another partition, region or account than the
 * image's registry, e.g. {@code arn:aws:ecr:us-east-1:…} for an image in us-west-2: the statement
 * was meant for the image and grants nothing on it. Reported at the value, with the ARN of the
 * image's registry, once for every permission it misses.
 */
@RuleInfo(
        id = "ECR010",
        name = "RepositoryArnMismatch",
        summary = "Repository ARN names another partition, region or account than the image's registry",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_service-with-iam.html")
public final class RepositoryArnMismatch implements SubjectRule {

    /** One misplaced value and what it fails to grant. */
    private record Miss(Placed<MisplacedRepositoryArn> value, List<PermissionResult> permissions) {}

    @Override
    public void check(SubjectContext context) {
        Map<String, Miss> byValue = new LinkedHashMap<>();
        for (Checked checked : PullDiagnosis.of(context)) {
            for (Missing missing : checked.because(Cause.MISPLACED_ARN)) {
                PermissionResult permission = missing.permission();
                for (Placed<MisplacedRepositoryArn> value : PullDiagnosis.misplaced(context.subject(), permission)) {
                    List<PermissionResult> permissions = byValue.computeIfAbsent(value.policyId() + "#" + value.value().resource().pointer(),
                            key -> new Miss(value, new ArrayList<>())).permissions();
                    if (permissions.stream().noneMatch(p -> p.action().equalsIgnoreCase(permission.action())
                            && p.resource().equals(permission.resource()))) {
                        permissions.add(permission);
                    }
                }
            }
        }
        byValue.values().forEach(miss -> report(context, miss));
    }

    private static void report(SubjectContext context, Miss miss) {
        MisplacedRepositoryArn misplaced = miss.value().value();
        PermissionResult first = miss.permissions().get(0);
        String message = "\"" + misplaced.resource().value() + "\" names " + Phrases.enumerate(misplaced.wrongFields(), 3, "field")
                + ", not the image's, so this statement does not allow " + Wording.permissions(miss.permissions())
                + ": AWS answers " + Wording.answer(first) + "; for the image's registry the ARN is " + misplaced.corrected();
        Fix fix = new Fix("Name the partition, region and account of the image's registry",
                List.of(new Fix.Option("Resource", misplaced.corrected())));
        context.report(miss.value().policyId(), misplaced.resource().range(), misplaced.resource().pointer(), message, Optional.of(fix));
    }
}
