package dev.iamlint.eval;

import dev.iamlint.model.Statement;
import java.util.List;

/** A policy input with its statements compiled. */
record CompiledPolicy(PolicyInput input, int level, CompiledStatement[] statements) {

    static CompiledPolicy compile(PolicyInput input, int level) {
        boolean variables = input.document().policyVariablesEnabled();
        List<Statement> statements = input.document().statements();
        CompiledStatement[] compiled = new CompiledStatement[statements.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = CompiledStatement.compile(statements.get(i), variables, input.id());
        }
        return new CompiledPolicy(input, level, compiled);
    }
}
