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
 * @param reason why, phrased as AWS's authorization errors phrase it, e.g. "no identity-based
 *     policy allows the ecr:BatchGetImage action"
 * @param decidedBy the policy kind that decided a denial (or, for an allow, the one that granted it)
 * @param decidingLevel for SCPs and RCPs, the level that decided (0 = root)
 * @param matchedStatements every statement that applies, allow and deny, in evaluation order
 * @param missingContextKeys condition keys that applicable statements test and the request did
 *     not supply, as spelled in the policies, sorted and unique
 * @param verdicts what each kind of policy said, in evaluation order
 */
public record EvaluationResult(
        Decision decision,
        Decision bestCase,
        String reason,
        Optional<PolicyType> decidedBy,
        int decidingLevel,
        List<MatchedStatement> matchedStatements,
        List<String> missingContextKeys,
        List<UnknownCondition> unknownConditions,
        List<KindVerdict> verdicts) {

    public EvaluationResult {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(bestCase, "bestCase");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        matchedStatements = List.copyOf(matchedStatements);
        missingContextKeys = List.copyOf(missingContextKeys);
        unknownConditions = List.copyOf(unknownConditions);
        verdicts = List.copyOf(verdicts);
    }

    /** True in open mode when the decision turns on conditions whose keys are unknown. */
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
