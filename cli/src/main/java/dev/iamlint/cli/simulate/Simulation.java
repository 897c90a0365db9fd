package dev.iamlint.cli.simulate;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a simulation: one {@link ActionResult} per action name, in the order given,
 * each with one {@link ResourceResult} per resource.
 *
 * @param caller who was simulated
 * @param callerOrigin how the caller was chosen, for {@code --explain}
 * @param boundaryGiven whether a permissions boundary took part
 * @param organizationsGiven whether SCPs or RCPs took part
 * @param files the file each policy was read from, by policy id, for policies given as file://PATH
 * @param notes warnings for stderr, such as parse warnings and ignored parameters
 */
public record Simulation(
        Caller caller,
        String callerOrigin,
        boolean boundaryGiven,
        boolean organizationsGiven,
        List<ActionResult> actions,
        Map<String, String> files,
        List<String> notes) {

    public Simulation {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callerOrigin, "callerOrigin");
        actions = List.copyOf(actions);
        files = Map.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** Where people find a policy: its file when it was read from one, else its id. */
    public String source(String policyId) {
        return files.getOrDefault(policyId, policyId);
    }

    public record ActionResult(String action, List<ResourceResult> resources) {
        public ActionResult {
            Objects.requireNonNull(action, "action");
            resources = List.copyOf(resources);
        }
    }

    /** One action on one resource; {@code crossAccount} when the resource's owner is not the caller's account. */
    public record ResourceResult(String resource, boolean crossAccount, EvaluationResult evaluation) {
        public ResourceResult {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }
}
