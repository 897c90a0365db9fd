package dev.iamlint.lint;

import dev.iamlint.catalog.ManagedPolicies;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.iac.LiteralArn;
import dev.iamlint.iac.ParsedPolicy;
import dev.iamlint.iac.PolicyReference;
import dev.iamlint.iac.TerraformJson;
import dev.iamlint.iac.Unresolved;
import dev.iamlint.lint.Principal.AwsManagedPolicy;
import dev.iamlint.lint.Principal.InputPolicy;
import dev.iamlint.lint.Principal.Kind;
import dev.iamlint.lint.Principal.Policy;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.rules.UnreadablePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles the principals of a template, plan or account: every role (found by its trust
 * policy), and every role, user or group the input attaches a policy to, with
 *
 * <ul>
 *   <li>the identity policies attached to it: inline ones, {@code AWS::IAM::Policy} and
 *       {@code ManagedPolicy} naming it, Terraform's role, user and group policies;
 *   <li>the managed policies it attaches by ARN or reference: from the input when the input
 *       defines them ({@code !Ref MyPolicy}, {@code aws_iam_policy.x.arn}, an account's policy ARNs),
 *       else the bundled AWS managed policies;
 *   <li>its permissions boundary, resolved the same way;
 *   <li>for a user, the policies of its groups.
 * </ul>
 *
 * What cannot be resolved (an ARN neither defined nor bundled, an intrinsic, a value known only
 * after apply) is a {@link UnreadablePolicy} of the principal, never left out silently.
 */
final class Principals {

    private static final Map<String, Kind> KIND_BY_TYPE = Map.ofEntries(
            Map.entry("AWS::IAM::Role", Kind.ROLE), Map.entry("AWS::IAM::RolePolicy", Kind.ROLE),
            Map.entry("aws_iam_role", Kind.ROLE), Map.entry("aws_iam_role_policy", Kind.ROLE),
            Map.entry("aws_iam_role_policy_attachment", Kind.ROLE),
            Map.entry("AWS::IAM::User", Kind.USER), Map.entry("AWS::IAM::UserPolicy", Kind.USER),
            Map.entry("aws_iam_user", Kind.USER), Map.entry("aws_iam_user_policy", Kind.USER),
            Map.entry("aws_iam_user_policy_attachment", Kind.USER),
            Map.entry("AWS::IAM::Group", Kind.GROUP), Map.entry("AWS::IAM::GroupPolicy", Kind.GROUP),
            Map.entry("aws_iam_group", Kind.GROUP), Map.entry("aws_iam_group_policy", Kind.GROUP),
            Map.entry("aws_iam_group_policy_attachment", Kind.GROUP));
    /** Resource types that are the principal itself, so their logical id or address is its id. */
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group",
            "aws_iam_role", "aws_iam_user", "aws_iam_group");
    /** Resource types whose policy others attach by ARN. */
    private static final Set<String> MANAGED_POLICY_TYPES = Set.of("AWS::IAM::ManagedPolicy", "aws_iam_policy");

    private final IacInput iac;
    /** By key, in the order the input first names them. */
    private final Map<String, Found> found = new LinkedHashMap<>();
    // Indexes, so that an account with thousands of principals and policies is not read once per principal.
    private final Map<String, List<EmbeddedPolicy>> identityByKey = new HashMap<>();
    private final Map<String, List<PolicyReference>> referencesByKey = new HashMap<>();
    private final Map<String, EmbeddedPolicy> managedPolicies = new HashMap<>();
    /** Group keys by group name, once every principal is found. */
    private final Map<String, String> groupsByName = new HashMap<>();

    /** A principal as far as discovered: what it is and its id. */
    private record Found(Kind kind, String id, boolean idFromResource) {}

    private Principals(IacInput iac) {
        this.iac = iac;
        for (EmbeddedPolicy policy : iac.policies()) {
            if (policy.kind() == PolicyKind.IDENTITY) {
                policy.attachedTo().forEach(key -> identityByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(policy));
            }
            if (MANAGED_POLICY_TYPES.contains(policy.resourceType())) {
                managedPolicies.putIfAbsent(policy.logicalId(), policy);
            }
        }
        for (PolicyReference reference : iac.references()) {
            if (reference.use() != PolicyReference.Use.NODE_ROLE) {
                iac.appliesTo(reference).forEach(key -> referencesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reference));
            }
        }
    }

    /** The principals of {@code iac}, in the order the input first names them. */
    static List<Principal> of(IacInput iac) {
        return new Principals(iac).assemble();
    }

    private List<Principal> assemble() {
        iac.roles().forEach(role -> note(role.key(), Kind.ROLE, Optional.of(role.id())));
        for (EmbeddedPolicy policy : iac.policies()) {
            if (policy.kind() == PolicyKind.IDENTITY) {
                policy.attachedTo().forEach(key ->
                        note(key, kindOf(policy.resourceType()), idOf(policy.resourceType(), policy.logicalId())));
            }
        }
        for (PolicyReference reference : iac.references()) {
            if (reference.use() != PolicyReference.Use.NODE_ROLE) {
                iac.appliesTo(reference).forEach(key -> note(key, kindOf(reference.resourceType()),
                        idOf(reference.resourceType(), reference.logicalId())));
            }
        }
        // A user may have no policy of its own, only its groups'.
        iac.groupsOfUser().keySet().forEach(user -> note(user, Kind.USER, Optional.empty()));
        found.forEach((key, principal) -> {
            if (principal.kind() == Kind.GROUP) {
                groupsByName.putIfAbsent(key.substring(key.lastIndexOf('/') + 1), key);
            }
        });
        List<Principal> principals = new ArrayList<>(found.size());
        found.forEach((key, principal) -> principals.add(assemble(key, principal)));
        return principals;
    }

    private void note(String key, Kind kind, Optional<String> id) {
        Found known = found.get(key);
        if (known == null) {
            found.put(key, new Found(kind, id.orElse(key), id.isPresent()));
            return;
        }
        Kind merged = known.kind() == Kind.UNKNOWN ? kind : known.kind();
        found.put(key, known.idFromResource() || id.isEmpty() ? new Found(merged, known.id(), known.idFromResource())
                : new Found(merged, id.get(), true));
    }

    private static Kind kindOf(String resourceType) {
        return KIND_BY_TYPE.getOrDefault(resourceType, Kind.UNKNOWN);
    }

    private static Optional<String> idOf(String resourceType, String logicalId) {
        return PRINCIPAL_TYPES.contains(resourceType) ? Optional.of(logicalId) : Optional.empty();
    }

    private Principal assemble(String key, Found principal) {
        List<Policy> identity = new ArrayList<>();
        List<UnreadablePolicy> gaps = new ArrayList<>();
        Optional<Policy> boundary = attached(key, identity, gaps);
        if (principal.kind() == Kind.USER) {
            for (String group : iac.groupsOfUser().getOrDefault(key, List.of())) {
                Optional<String> groupKey = groupKey(group);
                if (groupKey.isPresent()) {
                    List<UnreadablePolicy> groupGaps = new ArrayList<>();
                    attached(groupKey.get(), identity, groupGaps);
                    String via = Principal.display(Kind.GROUP, found.get(groupKey.get()).id());
                    groupGaps.forEach(gap -> gaps.add(gap.through(via)));
                }
            }
        }
        return new Principal(principal.kind(), principal.id(), key, identity, boundary, gaps);
    }

    /** Adds what is attached to {@code key} to {@code identity} and {@code gaps}; returns its boundary. */
    private Optional<Policy> attached(String key, List<Policy> identity, List<UnreadablePolicy> gaps) {
        for (EmbeddedPolicy policy : identityByKey.getOrDefault(key, List.of())) {
            inputPolicy(policy, false, gaps).ifPresent(p -> add(identity, p));
        }
        Optional<Policy> boundary = Optional.empty();
        for (PolicyReference reference : referencesByKey.getOrDefault(key, List.of())) {
            boolean isBoundary = reference.use() == PolicyReference.Use.PERMISSIONS_BOUNDARY;
            Optional<Policy> resolved = resolve(reference, isBoundary, gaps);
            if (isBoundary) {
                boundary = resolved;
            } else {
                resolved.ifPresent(p -> add(identity, p));
            }
        }
        return boundary;
    }

    /** The policy an ARN names, or a gap. */
    private Optional<Policy> resolve(PolicyReference reference, boolean boundary, List<UnreadablePolicy> gaps) {
        String part = boundary ? "permissions boundary" : "managed policy";
        if (reference.target() instanceof LiteralArn literal) {
            String arn = literal.arn().value();
            Optional<EmbeddedPolicy> defined = definedPolicy(arn);
            if (defined.isPresent()) {
                return inputPolicy(defined.get(), boundary, gaps);
            }
            if (ManagedPolicies.bundled().byArn(arn).isPresent()) {
                return Optional.of(new AwsManagedPolicy(arn));
            }
            gaps.add(new UnreadablePolicy(part + " " + arn, "is neither an AWS managed policy iamlint knows nor defined in " + iac.noun(), boundary,
                    Optional.empty(), literal.arn().range(), reference.pointer()));
            return Optional.empty();
        }
        Unresolved unresolved = (Unresolved) reference.target();
        Optional<EmbeddedPolicy> defined = unresolved.resource().flatMap(this::definedPolicy);
        if (defined.isPresent()) {
            return inputPolicy(defined.get(), boundary, gaps);
        }
        String problem = unresolved.resource().isPresent() && !unresolved.function().equals(TerraformJson.KNOWN_AFTER_APPLY)
                ? "is given by " + unresolved.function() + " of " + unresolved.resource().get() + ", which is no managed policy in "
                        + iac.noun()
                : problem(unresolved);
        // What is known of a partly resolved value (markers where it is unknown) says which policy is meant.
        String known = unresolved.text().filter(Principals::partlyKnown).map(text -> part + " " + text).orElse(part);
        gaps.add(new UnreadablePolicy(known, problem, boundary, Optional.empty(), unresolved.range(), unresolved.pointer()));
        return Optional.empty();
    }

    /** A policy of the input, or a gap when its document is an intrinsic or computed. */
    private Optional<Policy> inputPolicy(EmbeddedPolicy policy, boolean boundary, List<UnreadablePolicy> gaps) {
        if (policy.body() instanceof Unresolved unresolved) {
            gaps.add(new UnreadablePolicy("policy " + where(policy), problem(unresolved), boundary, Optional.empty(), unresolved.range(),
                    unresolved.pointer()));
            return Optional.empty();
        }
        // A document that failed to parse is reported where it is written; it grants nothing AWS would accept.
        return ((ParsedPolicy) policy.body()).result().document().isPresent() ? Optional.of(new InputPolicy(policy)) : Optional.empty();
    }

    /** A managed policy the input defines, by ARN (account authorization details) or by logical id or address. */
    private Optional<EmbeddedPolicy> definedPolicy(String name) {
        return Optional.ofNullable(managedPolicies.get(name));
    }

    /** The key of the group named {@code name}: the name, or in account authorization details the ARN that ends with it. */
    private Optional<String> groupKey(String name) {
        return Optional.ofNullable(groupsByName.get(name));
    }

    /** Policies reached twice (attached to a group and to its user, say) count once. */
    private static void add(List<Policy> policies, Policy policy) {
        if (policies.stream().noneMatch(known -> same(known, policy))) {
            policies.add(policy);
        }
    }

    /** The same element of an input, or the same managed policy ARN. */
    private static boolean same(Policy a, Policy b) {
        if (a instanceof InputPolicy x && b instanceof InputPolicy y) {
            return x.policy() == y.policy();
        }
        return a instanceof AwsManagedPolicy x && b instanceof AwsManagedPolicy y && x.arn().equals(y.arn());
    }

    /** {@code NodeRole/Policies/0}: the resource and where in it. */
    static String where(EmbeddedPolicy policy) {
        return policy.logicalId() + "/" + policy.propertyPath();
    }

    /** Why iamlint cannot read a value, naming the unknowns in it (parameters without a value, say). */
    static String problem(Unresolved unresolved) {
        if (unresolved.function().equals(TerraformJson.KNOWN_AFTER_APPLY)) {
            return "is known only after apply";
        }
        String unknowns = unresolved.unknowns().isEmpty() ? "" : " (unknown: " + String.join(", ", unresolved.unknowns()) + ")";
        if (unresolved.text().filter(Principals::partlyKnown).isPresent()) {
            return "is given by " + unresolved.function() + " with a part iamlint cannot resolve" + unknowns;
        }
        return "is given by " + unresolved.function() + unresolved.resource().map(r -> " of " + r).orElse("")
                + ", which iamlint does not resolve" + unknowns;
    }

    /** Whether a value's text has more than unknown-value markers. */
    private static boolean partlyKnown(String text) {
        return !UnknownValues.open(text).equals("*");
    }
}
