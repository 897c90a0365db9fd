package dev.iamlint.eval;

/**
 * AWS's policy evaluation logic over a compiled {@link PolicySet}. Compiling once and evaluating
 * many requests is the intended use; an Evaluator is immutable and thread-safe.
 */
public final class Evaluator {

    /**
     * Compiles every policy of the set.
     *
     * @throws IllegalArgumentException if a document has an element the evaluator cannot run
     *     (documents should be parsed without errors first)
     */
    public static Evaluator compile(PolicySet policies) {
        throw new UnsupportedOperationException("being written");
    }

    public EvaluationResult evaluate(Request request) {
        throw new UnsupportedOperationException("being written");
    }
}
