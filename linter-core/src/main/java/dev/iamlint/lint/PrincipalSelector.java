package dev.iamlint.lint;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import java.util.Collection;
import java.util.List;

/**
 * Which principals of templates, plans and account authorization details are checked against
 * which requirements, for which images or repositories.
 *
 * @param principals globs ({@code *} any run, {@code ?} one character, case-sensitive) over the
 *     names a principal goes by: its logical id, resource address or ARN, and its name
 * @param requirements what the principals must be able to do; the request's when empty
 * @param targets the images or repositories the requirements are checked for; the request's when empty
 */
public record PrincipalSelector(List<String> principals, List<Requirement> requirements, List<RequirementTarget> targets) {

    public PrincipalSelector {
        principals = List.copyOf(principals);
        if (principals.isEmpty()) {
            throw new IllegalArgumentException("a principal selector needs at least one principal");
        }
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
    }

    /** Whether one of the globs matches one of {@code names}. */
    public boolean matches(Collection<String> names) {
        return principals.stream().anyMatch(pattern -> matches(pattern, names));
    }

    /** The globs that match one of {@code names}, in order. */
    public List<String> matchingGlobs(Collection<String> names) {
        return principals.stream().filter(pattern -> matches(pattern, names)).toList();
    }

    private static boolean matches(String pattern, Collection<String> names) {
        Glob glob = Glob.compile(pattern, false);
        return names.stream().anyMatch(glob::matches);
    }
}
