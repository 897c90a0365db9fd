package dev.iamlint.rules.ecr;

import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.rules.validity.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the ECR rules name permissions, targets and AWS's answers in their messages. */
final class Wording {

    private Wording() {
    }

    /**
     * The permissions grouped by resource, in order: "ecr:GetAuthorizationToken, and
     * ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on arn:…:repository/app (image …/app:1)";
     * the resource "*" is left out.
     */
    static String permissions(List<PermissionResult> permissions) {
        Map<String, List<PermissionResult>> byResource = new LinkedHashMap<>();
        permissions.forEach(p -> byResource.computeIfAbsent(p.resource(), r -> new ArrayList<>()).add(p));
        List<String> groups = new ArrayList<>();
        for (List<PermissionResult> group : byResource.values()) {
            List<String> actions = group.stream().map(PermissionResult::action).distinct().toList();
            groups.add(Phrases.enumerate(actions, actions.size(), "action") + on(group.get(0)));
        }
        // Groups contain "and" themselves: a comma before the last one keeps them apart.
        return groups.size() == 1 ? groups.get(0)
                : String.join(", ", groups.subList(0, groups.size() - 1)) + ", and " + groups.get(groups.size() - 1);
    }

    /** " on <resource> (<what it is for>)", or nothing for "*". */
    static String on(PermissionResult permission) {
        return permission.resource().equals("*") ? "" : " on " + permission.resource() + target(permission);
    }

    /** "is" for one permission, "are" for more. */
    static String is(List<PermissionResult> permissions) {
        return permissions.size() == 1 ? "is" : "are";
    }

    /** " (image X)", " (a representative repository: …)", or nothing when the resource says it all. */
    static String target(PermissionResult permission) {
        RequirementTarget target = permission.target().orElse(null);
        if (target == null || target.description().equals(permission.resource())) {
            return "";
        }
        return target.representative()
                ? " (a representative repository: no image or repository was given)"
                : " (image " + target.description() + ")";
    }

    /** "; also not allowed: …" for more missing permissions that the same fix grants, or nothing. */
    static String alsoMissing(List<PullDiagnosis.Missing> more) {
        return more.isEmpty() ? "" : "; also not allowed: " + permissions(more.stream().map(PullDiagnosis.Missing::permission).toList());
    }

    /** "the principal cannot <step>", the step in the requirement's words. */
    static String cannot(PermissionResult permission) {
        return "the principal cannot " + permission.step();
    }

    /** The error AWS would return, quoted; the requirement check supplies it for every missing permission. */
    static String answer(PermissionResult permission) {
        return "\"" + permission.error().orElse(permission.evaluation().reason()) + "\"";
    }
}
