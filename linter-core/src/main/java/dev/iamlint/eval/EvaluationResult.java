package dev.iamlint.eval;

import dev.iamlint.model.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request.
 *
 * <p>{@code decision} is what AWS would decide. In open mode, where conditions on unknown keys
 * may hold or not, it is the decision when every unknown condition goes against the caller, and
 * {@code bestCase} the decision when every one goes for it; the result is conditional when they
 * differ, and {@code unknownConditions} lists the conditions it hangs on.
 *
 * @param action the action requested, as requested
 * @param basis the grounds of the decision; {@link #reason()} puts them in words
 * @param decidedBy the policy kind that decided a denial (or, for an allow, the one that granted it)
 * @param decidingLevel for SCPs and RCPs, the level that decided (0 = root)
 * @param matchedStatements every statement that applies, allow and deny, in evaluation order
 * @param missingContextKeys condition keys that applicable statements test and the request did
 *     not supply, as spelled in the policies, sorted and unique
 * @param verdicts what each kind of policy said, in evaluation order
 * @param unknownValues the names of the {@linkplain UnknownValues unknown parts} (e.g.
 *     {@code AWS::AccountId}) of statements that apply only perhaps, in order, unique: what a
 *     conditional result hangs on besides {@code unknownConditions}
 */
public record EvaluationResult(
        String action,
        Decision decision,
        Decision bestCase,
        Basis basis,
        Optional<PolicyType> decidedBy,
        int decidingLevel,
        List<MatchedStatement> matchedStatements,
        List<String> missingContextKeys,
        List<UnknownCondition> unknownConditions,
        List<KindVerdict> verdicts,
        List<String> unknownValues) {

    /** The grounds of a decision. */
    public enum Basis {
        /** An identity-based policy allows, and nothing limits it. */
        IDENTITY_POLICY,
        /** A resource-based policy names the caller and allows. */
        RESOURCE_POLICY,
        /** Across accounts: the caller's identity policies and the resource's policy both allow. */
        BOTH_ACCOUNTS,
        /** The root user of the resource's account. */
        ROOT_USER,
        /** A Deny statement of {@code decidedBy} applies. */
        EXPLICIT_DENY,
        /** No statement of {@code decidedBy} allows. */
        NO_ALLOW
    }

    public EvaluationResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(bestCase, "bestCase");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(decidedBy, "decidedBy");
        matchedStatements = List.copyOf(matchedStatements);
        missingContextKeys = List.copyOf(missingContextKeys);
        unknownConditions = List.copyOf(unknownConditions);
        verdicts = List.copyOf(verdicts);
        unknownValues = List.copyOf(unknownValues);
    }

    /** A result without unknown parts. */
    public EvaluationResult(String action, Decision decision, Decision bestCase, Basis basis, Optional<PolicyType> decidedBy,
            int decidingLevel, List<MatchedStatement> matchedStatements, List<String> missingContextKeys,
            List<UnknownCondition> unknownConditions, List<KindVerdict> verdicts) {
        this(action, decision, bestCase, basis, decidedBy, decidingLevel, matchedStatements, missingContextKeys, unknownConditions,
                verdicts, List.of());
    }

    /**
     * Why, phrased as the end of AWS's authorization errors, e.g. "because no identity-based
     * policy allows the ecr:BatchGetImage action" or "with an explicit deny in a service control
     * policy". Made on demand, since most callers of a hot evaluation loop never ask.
     */
    public String reason() {
        return switch (basis) {
            case IDENTITY_POLICY -> "allowed by an identity-based policy";
            case RESOURCE_POLICY -> "allowed by a resource-based policy";
            case BOTH_ACCOUNTS -> "allowed by an identity-based policy and the resource owner's resource-based policy";
            case ROOT_USER -> "allowed: the root user has every permission in its own account";
            case EXPLICIT_DENY -> "with an explicit deny in " + withArticle(decidedBy.orElseThrow().description());
            case NO_ALLOW -> "because no " + decidedBy.orElseThrow().description() + " allows the " + action + " action";
        };
    }

    private static String withArticle(String description) {
        return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
    }

    /** True in open mode when the decision turns on conditions whose keys are unknown, or on unknown parts. */
    public boolean conditional() {
        return decision != bestCase;
    }

    /** A condition of an applicable statement that could not be decided, and where it is. */
    public record UnknownCondition(String policyId, PolicyType policyType, int statementIndex, Condition condition) {
        public UnknownCondition {
            Objects.requireNonNull(policyId, "policyId");
            Objects.requireNonNull(policyType, "policyType");
            Objects.requireNonNull(condition, "condition");
        }
    }
}
