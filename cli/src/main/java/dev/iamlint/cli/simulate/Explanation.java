package dev.iamlint.cli.simulate;

import dev.iamlint.cli.TerminalText;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.KindVerdict;
import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.Verdict;
import dev.iamlint.model.Effect;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A readable trace of each decision: who asked, what every kind of policy said, the statement
 * that decided and why, in the words of AWS's authorization errors.
 */
public final class Explanation {

    private Explanation() {}

    public static void write(Simulation simulation, PrintWriter out) {
        line(out, "caller: " + simulation.caller().arn() + ", " + simulation.callerOrigin());
        for (Simulation.ActionResult action : simulation.actions()) {
            for (Simulation.ResourceResult resource : action.resources()) {
                EvaluationResult evaluation = resource.evaluation();
                out.println();
                line(out, action.action() + " on " + resource.resource() + ": " + evaluation.decision().awsName()
                        + (resource.crossAccount() ? " (cross-account)" : ""));
                for (KindVerdict verdict : evaluation.verdicts()) {
                    if (verdict.verdict() != Verdict.ABSENT) {
                        line(out, "  " + kind(verdict.type(), verdict.level()) + ": " + says(verdict.verdict()));
                    }
                }
                line(out, "  deciding statement: "
                        + decidingStatement(evaluation).map(s -> describe(simulation, s)).orElse("none"));
                line(out, "  reason: " + reason(simulation, action.action(), resource.resource(), evaluation));
                if (!evaluation.missingContextKeys().isEmpty()) {
                    line(out, "  missing context keys: " + String.join(", ", evaluation.missingContextKeys()));
                }
            }
        }
    }

    /**
     * For a denial, the message AWS would answer the request with; for an allow, what allowed it.
     * The evaluator phrases its reasons as the ends of AWS's messages ("because no …", "with an
     * explicit deny in …").
     */
    private static String reason(Simulation simulation, String action, String resource, EvaluationResult evaluation) {
        if (evaluation.decision() == Decision.ALLOWED) {
            return evaluation.reason();
        }
        return "User: " + simulation.caller().arn() + " is not authorized to perform: " + action
                + " on resource: " + resource + " " + evaluation.reason();
    }

    /** SCP and RCP levels are numbered from 1, the root, as in their policy ids. */
    private static String kind(PolicyType type, int level) {
        if (!levelled(type)) {
            return type.description();
        }
        return type.description() + ", level " + (level + 1) + (level == 0 ? " (root)" : "");
    }

    private static String says(Verdict verdict) {
        return switch (verdict) {
            case ALLOW -> "allows";
            case DENY -> "denies";
            case NO_MATCH -> "no statement applies";
            case UNKNOWN -> "depends on unknown context";
            case ABSENT -> "none given";
        };
    }

    /** The first statement of the deciding kind (and level) with the deciding effect; none for an implicit deny. */
    private static Optional<MatchedStatement> decidingStatement(EvaluationResult evaluation) {
        if (evaluation.decision() == Decision.IMPLICIT_DENY || evaluation.decidedBy().isEmpty()) {
            return Optional.empty();
        }
        Effect effect = evaluation.decision() == Decision.EXPLICIT_DENY ? Effect.DENY : Effect.ALLOW;
        PolicyType kind = evaluation.decidedBy().get();
        return evaluation.matchedStatements().stream()
                .filter(s -> s.policyType() == kind && s.effect() == effect)
                .filter(s -> s.level() == evaluation.decidingLevel() || !levelled(kind))
                .findFirst();
    }

    private static boolean levelled(PolicyType type) {
        return type == PolicyType.SERVICE_CONTROL || type == PolicyType.RESOURCE_CONTROL;
    }

    /** {@code PolicyInputList.1 statement 2 (Sid "Pull") at 4:9-12:10, Allow}, with the file name for a file. */
    private static String describe(Simulation simulation, MatchedStatement statement) {
        String source = simulation.source(statement.policyId());
        return statement.policyId() + (source.equals(statement.policyId()) ? "" : " (" + source + ")")
                + " statement " + (statement.statementIndex() + 1)
                + statement.sid().map(sid -> " (Sid \"" + sid + "\")").orElse("")
                + " at " + statement.range().start() + "-" + statement.range().endLine() + ":" + statement.range().endColumn()
                + ", " + statement.effect().text();
    }

    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.printable(text));
    }
}
