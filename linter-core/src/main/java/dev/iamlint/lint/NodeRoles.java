package dev.iamlint.lint;

import dev.iamlint.iac.ArnValue;
import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.iac.LiteralArn;
import dev.iamlint.iac.PolicyReference;
import dev.iamlint.iac.Unresolved;
import dev.iamlint.model.Action;
import dev.iamlint.model.Effect;
import dev.iamlint.model.Principal;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.PolicySource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of a template, plan or account that Kubernetes nodes run as: those an EKS node group
 * names, and those whose trust policy lets EC2 assume them. These are the roles requirements such
 * as {@code ecr-pull} are about; other roles are only linted policy by policy.
 */
final class NodeRoles {

    private static final Set<String> ASSUME_ROLE = Set.of("sts:assumerole", "sts:*", "*");

    private NodeRoles() {}

    static List<IacInput.Role> of(IacInput iac, Map<EmbeddedPolicy, PolicySource> sources) {
        // The node groups' references picked out once: an account's details hold thousands of roles and of
        // policy attachments, and scanning every reference for every role took minutes.
        List<ArnValue> nodeGroupRoles = new ArrayList<>();
        for (PolicyReference reference : iac.references()) {
            if (reference.use() == PolicyReference.Use.NODE_ROLE) {
                nodeGroupRoles.add(reference.target());
            }
        }
        List<IacInput.Role> nodeRoles = new ArrayList<>();
        for (IacInput.Role role : iac.roles()) {
            if (namedByNodeGroup(nodeGroupRoles, role)
                    || Optional.ofNullable(sources.get(role.trust())).filter(NodeRoles::trustsEc2).isPresent()) {
                nodeRoles.add(role);
            }
        }
        return nodeRoles;
    }

    private static boolean namedByNodeGroup(List<ArnValue> nodeGroupRoles, IacInput.Role role) {
        for (ArnValue target : nodeGroupRoles) {
            if (names(target, role)) {
                return true;
            }
        }
        return false;
    }

    /** {@code !GetAtt NodeRole.Arn}, or the role's ARN written out. */
    private static boolean names(ArnValue target, IacInput.Role role) {
        if (target instanceof Unresolved unresolved) {
            return unresolved.resource().equals(Optional.of(role.id()));
        }
        String arn = ((LiteralArn) target).arn().value();
        return arn.equals(role.key()) || arn.endsWith("/" + role.key());
    }

    private static boolean trustsEc2(PolicySource trust) {
        return trust.document().statements().stream().anyMatch(NodeRoles::allowsEc2ToAssume);
    }

    private static boolean allowsEc2ToAssume(Statement statement) {
        boolean allows = statement.effectValue().equals(Optional.of(Effect.ALLOW));
        boolean assumes = statement.action().filter(Action.class::isInstance).map(Action.class::cast)
                .map(action -> action.values().stream()
                        .anyMatch(value -> ASSUME_ROLE.contains(value.value().toLowerCase(Locale.ROOT))))
                .orElse(false);
        boolean ec2 = statement.principal().filter(Principal.class::isInstance).map(p -> ((Principal) p).value())
                .filter(PrincipalValue.ByType.class::isInstance)
                .map(value -> ((PrincipalValue.ByType) value).entries().stream()
                        .filter(entry -> entry.type().value().equals("Service"))
                        .anyMatch(entry -> entry.values().stream().anyMatch(v -> v.value().equals("ec2.amazonaws.com"))))
                .orElse(false);
        return allows && assumes && ec2;
    }
}
