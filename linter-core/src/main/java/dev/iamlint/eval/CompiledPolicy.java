package dev.iamlint.eval;

import dev.iamlint.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy input with its statements compiled and indexed by the service of the actions they
 * cover, so a request looks only at statements that can concern it. The index keeps the
 * statements' order, which results report.
 */
final class CompiledPolicy {

    private final PolicyInput input;
    private final int level;
    private final Map<String, CompiledStatement[]> byService;
    /** The statements that may cover any service: for services no statement names. */
    private final CompiledStatement[] anyService;

    private CompiledPolicy(PolicyInput input, int level, CompiledStatement[] statements) {
        this.input = input;
        this.level = level;
        Set<String> services = new HashSet<>();
        for (CompiledStatement statement : statements) {
            statement.services().ifPresent(services::addAll);
        }
        Map<String, CompiledStatement[]> index = new HashMap<>();
        for (String service : services) {
            index.put(service, select(statements, service));
        }
        this.byService = Map.copyOf(index);
        this.anyService = select(statements, null);
    }

    static CompiledPolicy compile(PolicyInput input, int level) {
        boolean variables = input.document().policyVariablesEnabled();
        List<Statement> statements = input.document().statements();
        CompiledStatement[] compiled = new CompiledStatement[statements.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = CompiledStatement.compile(statements.get(i), variables, input.id());
        }
        return new CompiledPolicy(input, level, compiled);
    }

    /** The statements, in order, that name {@code service} or may cover any service. */
    private static CompiledStatement[] select(CompiledStatement[] statements, String service) {
        List<CompiledStatement> selected = new ArrayList<>();
        for (CompiledStatement statement : statements) {
            boolean relevant = statement.services().map(s -> service != null && s.contains(service)).orElse(true);
            if (relevant) {
                selected.add(statement);
            }
        }
        return selected.toArray(CompiledStatement[]::new);
    }

    PolicyInput input() {
        return input;
    }

    int level() {
        return level;
    }

    /** The statements that can cover an action of {@code service} (lower case; null for none). */
    CompiledStatement[] statementsFor(String service) {
        if (service == null) {
            return anyService;
        }
        CompiledStatement[] statements = byService.get(service);
        return statements != null ? statements : anyService;
    }
}
