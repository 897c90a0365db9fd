package dev.iamlint.rules.ecr;

import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.PolicySource;
import dev.iamlint.rules.SubjectContext;
import java.util.Optional;

/**
 * Where subject findings go: a statement or a whole policy of the subject. A policy that took
 * part in the decision but was not read from a file the run names (none today, but an SCP
 * could be) falls back to the subject's own policy, so that a finding is never lost.
 */
final class Where {

    private Where() {
    }

    static void atStatement(SubjectContext context, String policyId, int statementIndex, String message, Optional<Fix> fix) {
        Optional<Statement> statement = statement(context, policyId, statementIndex);
        if (statement.isPresent()) {
            context.report(policyId, statement.get(), message, fix);
        } else {
            atPolicy(context, policyId, message, fix);
        }
    }

    /** At the policy's document as a whole (pointer ""). */
    static void atPolicy(SubjectContext context, String policyId, String message, Optional<Fix> fix) {
        String reported = source(context, policyId).isPresent() ? policyId : context.subject().name();
        PolicyDocument document = source(context, reported).orElseThrow().document();
        context.report(reported, document.range(), "", message, fix);
    }

    /** {@code path:line:col} of a statement, as compilers name places. */
    static String position(SubjectContext context, String policyId, int statementIndex) {
        return statement(context, policyId, statementIndex)
                .map(s -> source(context, policyId).orElseThrow().path() + ":" + s.range().start())
                .orElse(policyId);
    }

    /** The policy's path, or its id when it was not read from a file. */
    static String path(SubjectContext context, String policyId) {
        return source(context, policyId).map(PolicySource::path).orElse(policyId);
    }

    private static Optional<Statement> statement(SubjectContext context, String policyId, int statementIndex) {
        return source(context, policyId).map(s -> s.document().statements())
                .filter(statements -> statementIndex >= 0 && statementIndex < statements.size())
                .map(statements -> statements.get(statementIndex));
    }

    private static Optional<PolicySource> source(SubjectContext context, String policyId) {
        return Optional.ofNullable(context.subject().sources().get(policyId));
    }
}
