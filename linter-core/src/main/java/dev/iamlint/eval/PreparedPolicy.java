package dev.iamlint.eval;

/**
 * An identity policy compiled once to be added to many evaluators with
 * {@link Evaluator#withIdentity(PreparedPolicy)}, such as a candidate fix checked for every policy
 * of a large input. Thread-safe: its statements are compiled, and what they cover remembered, as
 * requests first need them, by whichever evaluator asks.
 */
public final class PreparedPolicy {

    private final CompiledPolicy compiled;

    private PreparedPolicy(PolicyInput input) {
        this.compiled = CompiledPolicy.compile(input, 0);
    }

    /**
     * Prepares an identity policy.
     *
     * @throws IllegalArgumentException as {@link Evaluator#compile} does
     */
    public static PreparedPolicy of(PolicyInput input) {
        return new PreparedPolicy(input);
    }

    public PolicyInput input() {
        return compiled.input();
    }

    CompiledPolicy compiled() {
        return compiled;
    }
}
