package dev.iamlint.rules.ecr;

import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.Request;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementTarget;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What iamlint knows about the requests a kubelet's pull makes, beyond the empty open context
 * the requirement check uses: the condition keys whose value is certain (ECR is HTTPS only, the
 * kubelet calls ECR itself, the caller and the registry's region when the user named them), and,
 * for the keys a pull may or may not carry, why. A permission that is conditional only on keys
 * of certain value is decided by evaluating it again with those values.
 */
final class KubeletRequest {

    /** Why a kubelet's request may or may not carry a key, by lower-case key or key prefix (ending in '/'). */
    private static final List<KeyNote> NOTES = List.of(
            new KeyNote("aws:sourcevpce", "is present only when the request comes through a VPC endpoint,"
                    + " so a node that pulls over the public ECR endpoint does not send it"),
            new KeyNote("aws:sourcevpc", "is present only when the request comes through a VPC endpoint,"
                    + " so a node that pulls over the public ECR endpoint does not send it"),
            new KeyNote("aws:vpceaccount", "is present only when the request comes through a VPC endpoint"),
            new KeyNote("aws:vpceorgid", "is present only when the request comes through a VPC endpoint"),
            new KeyNote("aws:vpceorgpaths", "is present only when the request comes through a VPC endpoint"),
            new KeyNote("aws:sourceip", "is absent when the request comes through a VPC endpoint;"
                    + " over the public endpoint it is the node's public or NAT address"),
            new KeyNote("aws:principalorgid", "is present only if the node's account belongs to an AWS Organizations organization"),
            new KeyNote("aws:principalorgpaths", "is present only if the node's account belongs to an AWS Organizations organization"),
            new KeyNote("aws:securetransport", "is always true: ECR's API and registry endpoints accept HTTPS only"),
            new KeyNote("aws:viaawsservice", "is false: the kubelet's credential provider calls ECR itself"),
            new KeyNote("aws:calledvia", "is absent: the kubelet's credential provider calls ECR itself"),
            new KeyNote("aws:calledviafirst", "is absent: the kubelet's credential provider calls ECR itself"),
            new KeyNote("aws:calledvialast", "is absent: the kubelet's credential provider calls ECR itself"),
            new KeyNote("aws:ec2instancesourcevpc", "is present only when the request is signed with an EC2 instance profile's"
                    + " credentials (a node role), not with an IAM user's or a pod role's"),
            new KeyNote("aws:ec2instancesourceprivateipv4", "is present only when the request is signed with an EC2 instance"
                    + " profile's credentials (a node role), not with an IAM user's or a pod role's"),
            new KeyNote("aws:principalarn", "is the ARN of the node's role or user; iamlint knows it only when a caller is given"),
            new KeyNote("aws:principalaccount", "is the node's account; iamlint knows it only when a caller is given"),
            new KeyNote("aws:requestedregion", "is the registry's region; iamlint knows it only when an image or repository is given"),
            new KeyNote("aws:multifactorauthpresent", "is absent: node credentials never carry MFA"),
            new KeyNote("aws:multifactorauthage", "is absent: node credentials never carry MFA"),
            new KeyNote("aws:resourcetag/", "is present only if the repository carries that tag"),
            new KeyNote("ecr:resourcetag/", "is present only if the repository carries that tag"),
            new KeyNote("aws:principaltag/", "is present only if the node's role or user carries that tag"));

    private static final String UNKNOWN_NOTE = "is a key iamlint cannot tell whether a kubelet's pull carries";

    private record KeyNote(String key, String note) {
        boolean covers(String lowerKey) {
            return key.endsWith("/") ? lowerKey.startsWith(key) : lowerKey.equals(key);
        }
    }

    private KubeletRequest() {
    }

    /** "aws:SourceVpce is present only when …", for a condition key as the policy spells it. */
    static String explain(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String note = NOTES.stream().filter(n -> n.covers(lower)).map(KeyNote::note).findFirst().orElse(UNKNOWN_NOTE);
        return key + " " + note;
    }

    /**
     * The permission evaluated again with the keys whose value a kubelet's request certainly has.
     * The caller's keys are used only for a caller the user named, the region only for a
     * repository the user named: representative ones would decide on made-up values.
     */
    static EvaluationResult reevaluate(Evaluator evaluator, RequirementResult result, PermissionResult permission,
            List<RequirementTarget> targets) {
        RequestContext.Builder context = RequestContext.builder(ContextMode.OPEN)
                .put("aws:SecureTransport", "true")
                .put("aws:ViaAWSService", "false");
        if (!result.representativeCaller()) {
            context.put("aws:PrincipalArn", result.caller().roleArn().orElse(result.caller().arn()));
            result.caller().account().ifPresent(account -> context.put("aws:PrincipalAccount", account));
        }
        region(permission, targets).ifPresent(region -> context.put("aws:RequestedRegion", region));
        return evaluator.evaluate(Request.of(result.caller(), permission.action(), permission.resource(), context.build()));
    }

    /** The region the request goes to: its repository's, or for "*" requests the first named repository's. */
    private static Optional<String> region(PermissionResult permission, List<RequirementTarget> targets) {
        Optional<RequirementTarget> target = permission.target().isPresent()
                ? permission.target()
                : targets.stream().filter(t -> t.repository().isPresent()).findFirst();
        return target.filter(t -> !t.representative()).flatMap(RequirementTarget::repository).map(EcrRepository::region);
    }
}
