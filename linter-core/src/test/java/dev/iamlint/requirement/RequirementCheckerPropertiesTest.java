package dev.iamlint.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iamlint.ecr.Partition;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.model.PolicyKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The policy scopedPolicy writes satisfies its own requirement for every target set, and grants
 * nothing beyond it: a repository outside the targets stays unpullable.
 */
class RequirementCheckerPropertiesTest {

    /** Private registry host forms per partition (ecr-kubelet.md §4.1 and §6); %s is the region. */
    private static final Map<Partition, List<String>> HOSTS = Map.of(
            Partition.AWS, List.of("dkr.ecr.%s.amazonaws.com", "dkr.ecr-fips.%s.amazonaws.com", "dkr-ecr.%s.on.aws", "dkr-ecr-fips.%s.on.aws"),
            Partition.AWS_CN, List.of("dkr.ecr.%s.amazonaws.com.cn", "dkr-ecr.%s.on.amazonwebservices.com.cn"),
            Partition.AWS_US_GOV, List.of("dkr.ecr.%s.amazonaws.com", "dkr-ecr-fips.%s.on.aws"),
            Partition.AWS_ISO, List.of("dkr.ecr.%s.c2s.ic.gov"),
            Partition.AWS_ISO_B, List.of("dkr.ecr.%s.sc2s.sgov.gov"),
            Partition.AWS_ISO_E, List.of("dkr.ecr.%s.cloud.adc-e.uk"),
            Partition.AWS_ISO_F, List.of("dkr.ecr.%s.csp.hci.ic.gov"),
            Partition.AWS_EUSC, List.of("dkr.ecr.%s.amazonaws.eu"));
    private static final Map<Partition, List<String>> REGIONS = Map.of(
            Partition.AWS, List.of("us-east-1", "eu-west-1", "ap-southeast-2"),
            Partition.AWS_CN, List.of("cn-north-1", "cn-northwest-1"),
            Partition.AWS_US_GOV, List.of("us-gov-east-1", "us-gov-west-1"),
            Partition.AWS_ISO, List.of("us-iso-east-1", "us-iso-west-1"),
            Partition.AWS_ISO_B, List.of("us-isob-east-1"),
            Partition.AWS_ISO_E, List.of("eu-isoe-west-1"),
            Partition.AWS_ISO_F, List.of("us-isof-east-1", "us-isof-south-1"),
            Partition.AWS_EUSC, List.of("eusc-de-east-1"));

    @Property(tries = 300)
    void theScopedPolicySatisfiesItsRequirementAndNoOtherRepository(
            @ForAll("requirements") String name, @ForAll("targetSets") List<RequirementTarget> targets, @ForAll boolean repositoriesExist) {
        Requirement requirement = Requirements.builtin(name);
        CheckOptions options = repositoriesExist ? CheckOptions.DEFAULTS.withFlag("repositoriesExist") : CheckOptions.DEFAULTS;
        PolicySet scoped = PolicySet.builder().addIdentity(new PolicyInput("scoped", PolicyType.IDENTITY,
                Policies.parse(RequirementChecker.scopedPolicy(requirement, targets, options), PolicyKind.IDENTITY))).build();

        RequirementResult result = RequirementChecker.check(requirement, targets, scoped, Optional.empty(), options);
        assertEquals(RequirementStatus.SATISFIED, result.status(), () -> result.missing().toString());

        // A repository beside the targets, under a namespace no target uses.
        RequirementTarget outside = RequirementTarget.fromRepositoryArn(
                targets.get(0).repository().orElseThrow().arn().replaceFirst(":repository/.*", ":repository/outside/not-a-target"));
        RequirementResult beside = RequirementChecker.check(requirement, List.of(outside), scoped, Optional.empty(), options);
        assertEquals(List.of("ecr:GetAuthorizationToken"), beside.permissions().stream()
                .filter(p -> p.status() == RequirementStatus.SATISFIED).map(PermissionResult::action).toList());
    }

    @Provide
    Arbitrary<String> requirements() {
        return Arbitraries.of("ecr-pull", "ecr-pull-through-cache");
    }

    /** One to four targets in one account and partition (the representative caller's), as images or ARNs. */
    @Provide
    Arbitrary<List<RequirementTarget>> targetSets() {
        Arbitrary<String> accounts = Arbitraries.strings().numeric().ofLength(12);
        return Combinators.combine(Arbitraries.of(Partition.values()), accounts).flatAs((partition, account) ->
                target(partition, account).list().ofMinSize(1).ofMaxSize(4));
    }

    private static Arbitrary<RequirementTarget> target(Partition partition, String account) {
        Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(2).ofMaxLength(8)
                .filter(s -> !s.equals("outside"));
        // At least two segments: pull-through-cache repositories live under a prefix.
        Arbitrary<String> names = segment.list().ofMinSize(2).ofMaxSize(3).map(parts -> String.join("/", parts));
        Arbitrary<String> regions = Arbitraries.of(REGIONS.get(partition));
        Arbitrary<String> hosts = Arbitraries.of(HOSTS.get(partition));
        return Combinators.combine(names, regions, hosts, Arbitraries.of(true, false)).as((name, region, host, asImage) -> asImage
                ? RequirementTarget.fromImage(account + "." + String.format(host, region) + "/" + name + ":1.0")
                : RequirementTarget.fromRepositoryArn("arn:" + partition.id() + ":ecr:" + region + ":" + account + ":repository/" + name));
    }
}
