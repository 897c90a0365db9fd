package dev.iamlint.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requirements checked end to end through the evaluator, from the cases of ecr-kubelet.md. */
class RequirementCheckerTest {

    private static final Requirement PULL = Requirements.builtin("ecr-pull");
    private static final Requirement CACHE = Requirements.builtin("ecr-pull-through-cache");
    private static final String IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1.30";
    private static final String REPOSITORY = "arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler";
    private static final Caller ECR_LOGIN = Caller.parse("arn:aws:iam::111122223333:user/serviceaccount/ecr-login");
    private static final Caller NODE = Caller.parse("arn:aws:sts::111122223333:assumed-role/eks-node-role/i-0123456789abcdef0");

    @Test
    void theMotivatingCaseLacksBothLayerActionsAndSaysWhatAwsSays() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)), identity("token-only"), Optional.of(ECR_LOGIN));

        assertEquals(RequirementStatus.UNSATISFIED, result.status());
        assertEquals("ecr-pull", result.requirement());
        assertEquals(ECR_LOGIN.arn(), result.subject());
        assertFalse(result.representative());
        assertFalse(result.representativeCaller());
        assertEquals(List.of("ecr:GetAuthorizationToken * SATISFIED",
                        "ecr:BatchGetImage " + REPOSITORY + " UNSATISFIED",
                        "ecr:GetDownloadUrlForLayer " + REPOSITORY + " UNSATISFIED"),
                statuses(result));
        PermissionResult manifest = result.missing().get(0);
        assertEquals(Optional.of("User: arn:aws:iam::111122223333:user/serviceaccount/ecr-login is not authorized to perform:"
                        + " ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler"
                        + " because no identity-based policy allows the ecr:BatchGetImage action"),
                manifest.error());
        assertEquals("fetch the image manifest (docker pull fails with 403 denied)", manifest.step());
        assertEquals(Optional.of(IMAGE), manifest.target().map(RequirementTarget::description));
        assertEquals(Optional.empty(), result.permissions().get(0).error());
    }

    @Test
    void thePullOnlyManagedPolicySatisfiesEcrPull() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)),
                set(Policies.managed("AmazonEC2ContainerRegistryPullOnly")), Optional.of(ECR_LOGIN));
        assertEquals(RequirementStatus.SATISFIED, result.status());
        assertEquals(List.of(), result.missing());
    }

    @Test
    void aPolicyScopedToAnotherRepositoryDoesNotPullThisOne() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)), identity("scoped-to-another-repository"), Optional.empty());
        assertEquals(RequirementStatus.UNSATISFIED, result.status());
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), result.missing().stream().map(PermissionResult::action).toList());

        RequirementResult other = check(PULL, List.of(RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/metrics-server:v0.7")),
                identity("scoped-to-another-repository"), Optional.empty());
        assertEquals(RequirementStatus.SATISFIED, other.status());
    }

    @Test
    void aVpcEndpointConditionMakesThePullConditionalAndNamesTheKey() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)), identity("pull-only-through-vpc-endpoint"), Optional.empty());
        assertEquals(RequirementStatus.CONDITIONAL, result.status());
        assertEquals(List.of("ecr:GetAuthorizationToken * SATISFIED",
                        "ecr:BatchGetImage " + REPOSITORY + " CONDITIONAL",
                        "ecr:GetDownloadUrlForLayer " + REPOSITORY + " CONDITIONAL"),
                statuses(result));
        PermissionResult manifest = result.missing().get(0);
        assertEquals(List.of("aws:SourceVpce"), manifest.unknownConditionKeys());
        assertEquals(Decision.ALLOWED, manifest.evaluation().bestCase());
        assertTrue(manifest.error().orElseThrow().endsWith("because no identity-based policy allows the ecr:BatchGetImage action"));
    }

    @Test
    void aTokenScopedToARepositoryArnGrantsNothing() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)), identity("token-scoped-to-repository"), Optional.of(ECR_LOGIN));
        assertEquals(RequirementStatus.UNSATISFIED, result.status());
        assertEquals(List.of("ecr:GetAuthorizationToken * UNSATISFIED",
                        "ecr:BatchGetImage " + REPOSITORY + " SATISFIED",
                        "ecr:GetDownloadUrlForLayer " + REPOSITORY + " SATISFIED"),
                statuses(result));
        assertEquals(Optional.of("User: arn:aws:iam::111122223333:user/serviceaccount/ecr-login is not authorized to perform:"
                        + " ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action"),
                result.missing().get(0).error());
    }

    @Test
    void anExplicitDenySaysSo() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE)), identity("deny-layer-downloads"), Optional.of(NODE));
        PermissionResult layers = result.missing().get(0);
        assertEquals("ecr:GetDownloadUrlForLayer", layers.action());
        assertEquals(Decision.EXPLICIT_DENY, layers.evaluation().decision());
        assertEquals(Optional.of("User: " + NODE.arn() + " is not authorized to perform: ecr:GetDownloadUrlForLayer on resource: "
                        + REPOSITORY + " with an explicit deny in an identity-based policy"),
                layers.error());
    }

    @Test
    void aCrossAccountPullNeedsTheRepositoryPolicyToNameTheCaller() {
        List<RequirementTarget> shared = List.of(RequirementTarget.fromImage("444455556666.dkr.ecr.us-east-1.amazonaws.com/shared/base:1"));
        PolicyInput identity = Policies.identity("pull-any-account");

        PolicySet named = PolicySet.builder().addIdentity(identity)
                .resourcePolicy(Policies.repositoryPolicy("repository-policy-allows-node-role")).build();
        assertEquals(RequirementStatus.SATISFIED, check(PULL, shared, named, Optional.of(NODE)).status());

        PolicySet other = PolicySet.builder().addIdentity(identity)
                .resourcePolicy(Policies.repositoryPolicy("repository-policy-allows-another-role")).build();
        RequirementResult denied = check(PULL, shared, other, Optional.of(NODE));
        assertEquals(RequirementStatus.UNSATISFIED, denied.status());
        assertEquals(List.of("ecr:GetAuthorizationToken * SATISFIED",
                        "ecr:BatchGetImage arn:aws:ecr:us-east-1:444455556666:repository/shared/base UNSATISFIED",
                        "ecr:GetDownloadUrlForLayer arn:aws:ecr:us-east-1:444455556666:repository/shared/base UNSATISFIED"),
                statuses(denied));
        assertEquals(Optional.of(PolicyType.RESOURCE), denied.missing().get(0).evaluation().decidedBy());
        assertTrue(denied.missing().get(0).error().orElseThrow().endsWith("because no resource-based policy allows the ecr:BatchGetImage action"));

        PolicySet noRepositoryPolicy = PolicySet.builder().addIdentity(identity).build();
        assertEquals(RequirementStatus.UNSATISFIED, check(PULL, shared, noRepositoryPolicy, Optional.of(NODE)).status());
    }

    @Test
    void aPullThroughCacheNeedsBatchImportUpstreamImage() {
        List<RequirementTarget> cached = List.of(RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27"));
        String repository = "arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/library/nginx";

        // ReadOnly lacks BatchImportUpstreamImage.
        RequirementResult readOnly = check(CACHE, cached, set(Policies.managed("AmazonEC2ContainerRegistryReadOnly")), Optional.empty());
        assertEquals(List.of("ecr:BatchImportUpstreamImage " + repository, "ecr:CreateRepository " + repository),
                readOnly.missing().stream().map(p -> p.action() + " " + p.resource()).toList());

        // PullOnly has it, but not CreateRepository: enough once the cache repositories exist.
        PolicySet pullOnly = set(Policies.managed("AmazonEC2ContainerRegistryPullOnly"));
        RequirementResult firstPull = check(CACHE, cached, pullOnly, Optional.empty());
        assertEquals(List.of("ecr:CreateRepository"), firstPull.missing().stream().map(PermissionResult::action).toList());
        RequirementResult existing = RequirementChecker.check(CACHE, cached, pullOnly, Optional.empty(), CheckOptions.DEFAULTS.withFlag("repositoriesExist"));
        assertEquals(RequirementStatus.SATISFIED, existing.status());
        assertEquals(4, existing.permissions().size());
    }

    @Test
    void withoutTargetsARepresentativeRepositoryIsCheckedAndTheResultSaysSo() {
        RequirementResult result = check(PULL, List.of(), identity("token-only"), Optional.empty());
        assertTrue(result.representative());
        assertTrue(result.representativeCaller());
        assertEquals("arn:aws:sts::111122223333:assumed-role/node-role/i-0123456789abcdef0", result.caller().arn());
        assertEquals("arn:aws:ecr:us-east-1:111122223333:repository/example", result.missing().get(0).resource());

        Caller china = Caller.parse("arn:aws-cn:sts::444455556666:assumed-role/node/i-1");
        RequirementResult inChina = check(PULL, List.of(), identity("token-only"), Optional.of(china));
        assertEquals("arn:aws-cn:ecr:cn-north-1:444455556666:repository/example", inChina.missing().get(0).resource());
        assertFalse(inChina.representativeCaller());
    }

    @Test
    void aRequirementWithoutPerTargetResourcesIsNotRepresentative() {
        RequirementResult result = check(Requirements.builtin("ecr-public-pull"), List.of(), set(Policies.managed("AmazonElasticContainerRegistryPublicReadOnly")),
                Optional.empty());
        assertEquals(RequirementStatus.SATISFIED, result.status());
        assertFalse(result.representative());
        assertEquals(List.of("ecr-public:GetAuthorizationToken * SATISFIED", "sts:GetServiceBearerToken * SATISFIED"), statuses(result));
    }

    @Test
    void theRepresentativeCallerIsANodeSessionInTheTargetsAccount() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage("444455556666.dkr.ecr.us-gov-west-1.amazonaws.com/app")),
                identity("token-only"), Optional.empty());
        assertEquals("arn:aws-us-gov:sts::444455556666:assumed-role/node-role/i-0123456789abcdef0", result.caller().arn());
        assertEquals("arn:aws-us-gov:sts::444455556666:assumed-role/node-role/i-0123456789abcdef0", result.subject());
        RequirementResult named = RequirementChecker.check(PULL, List.of(), identity("token-only"), Optional.empty(),
                CheckOptions.DEFAULTS.withSubject("node-policy.json"));
        assertEquals("node-policy.json", named.subject());
    }

    @Test
    void twoTagsOfOneRepositoryAreCheckedOnce() {
        RequirementResult result = check(PULL, List.of(RequirementTarget.fromImage(IMAGE),
                        RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1.31"),
                        RequirementTarget.fromRepositoryArn("arn:aws:ecr:us-east-1:111122223333:repository/metrics-server")),
                identity("token-only"), Optional.empty());
        assertEquals(5, result.permissions().size());
    }

    @Test
    void aFixIsProvenBeforeItIsOffered() {
        List<RequirementTarget> targets = List.of(RequirementTarget.fromImage(IMAGE));
        assertFalse(RequirementChecker.satisfiedBy(PULL, targets, identity("token-only"), Optional.of(ECR_LOGIN), CheckOptions.DEFAULTS));
        PolicySet fixed = PolicySet.builder().addIdentity(Policies.identity("token-only"))
                .addIdentity(Policies.managed("AmazonEC2ContainerRegistryPullOnly")).build();
        assertTrue(RequirementChecker.satisfiedBy(PULL, targets, fixed, Optional.of(ECR_LOGIN), CheckOptions.DEFAULTS));
        // A conditional grant is no proof.
        assertFalse(RequirementChecker.satisfiedBy(PULL, targets, identity("pull-only-through-vpc-endpoint"), Optional.empty(), CheckOptions.DEFAULTS));
    }

    @Test
    void anEcrPublicImageCannotFillAPerRepositoryPermission() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check(PULL,
                List.of(RequirementTarget.fromImage("public.ecr.aws/eks-distro/kubernetes/pause:3.9")), identity("token-only"), Optional.empty()));
        assertEquals("requirement ecr-pull: target public.ecr.aws/eks-distro/kubernetes/pause:3.9 has no ${repositoryArn} for resource"
                + " ${repositoryArn}: it is an ECR Public image, which has no account or repository ARN (check it with ecr-public-pull)", e.getMessage());
    }

    private static RequirementResult check(Requirement requirement, List<RequirementTarget> targets, PolicySet policies, Optional<Caller> caller) {
        return RequirementChecker.check(requirement, targets, policies, caller, CheckOptions.DEFAULTS);
    }

    private static PolicySet identity(String fixture) {
        return set(Policies.identity(fixture));
    }

    private static PolicySet set(PolicyInput identity) {
        return PolicySet.builder().addIdentity(identity).build();
    }

    private static List<String> statuses(RequirementResult result) {
        return result.permissions().stream().map(p -> p.action() + " " + p.resource() + " " + p.status()).toList();
    }
}
