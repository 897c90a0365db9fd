package dev.iamlint.requirement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A requirement applied to targets: every request to check and every resource to grant, with
 * the permissions whose {@code unless} flag is set left out.
 *
 * @param requests one per distinct (action, resource), in requirement order, then target order
 * @param representative whether a representative target stood in for targets nobody named and
 *     some resource was expanded from it
 */
record Expansion(List<Required> requests, boolean representative) {

    /** One required request and what a least-privilege policy grants for it. */
    record Required(Permission permission, String resource, String grant, Optional<RequirementTarget> target) {}

    /**
     * @param targets the targets named; when empty, {@code fallback} stands in for them
     * @throws IllegalArgumentException if a target lacks a value a template needs
     */
    static Expansion of(Requirement requirement, List<RequirementTarget> targets, RequirementTarget fallback, Set<String> flags) {
        List<RequirementTarget> used = targets.isEmpty() ? List.of(fallback) : targets;
        List<Required> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean perTarget = false;
        for (Permission permission : requirement.permissions()) {
            if (permission.unless().filter(flags::contains).isPresent()) {
                continue;
            }
            ResourceTemplate grant = permission.grantOrResource();
            if (!permission.resource().perTarget() && !grant.perTarget()) {
                add(requests, seen, new Required(permission, permission.resource().text(), grant.text(), Optional.empty()));
                continue;
            }
            perTarget = true;
            for (RequirementTarget target : used) {
                add(requests, seen, new Required(permission, expand(requirement, permission.resource(), target),
                        expand(requirement, grant, target), Optional.of(target)));
            }
        }
        return new Expansion(requests, targets.isEmpty() && perTarget);
    }

    private static String expand(Requirement requirement, ResourceTemplate template, RequirementTarget target) {
        try {
            return template.expand(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("requirement " + requirement.name() + ": " + e.getMessage(), e);
        }
    }

    private static void add(List<Required> requests, Set<String> seen, Required required) {
        // Two tags of one image name one repository: check it once.
        if (seen.add(required.permission().action().toLowerCase(Locale.ROOT) + " " + required.resource())) {
            requests.add(required);
        }
    }
}
