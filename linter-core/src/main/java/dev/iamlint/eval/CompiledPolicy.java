package dev.iamlint.eval;

import dev.iamlint.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A policy input with its statements compiled and indexed by the service of the actions they
 * cover, so a request looks only at statements that can concern it. Which statements cover an
 * action is also remembered per action, up to a bound: requests draw their actions from a small
 * vocabulary, so most of them skip action matching entirely. Both keep the statements' order,
 * which results report.
 */
final class CompiledPolicy {

    /** Enough for the actions one principal uses; past it, actions are matched each time. */
    private static final int ACTION_MEMO_LIMIT = 256;

    private final PolicyInput input;
    private final int level;
    private final Map<String, CompiledStatement[]> byService;
    /** The statements that may cover any service: for services no statement names. */
    private final CompiledStatement[] anyService;
    private final ConcurrentHashMap<String, CompiledStatement[]> byAction = new ConcurrentHashMap<>();

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

    /** The statements, in order, whose Action or NotAction covers a lower-case action name. */
    CompiledStatement[] statementsCovering(String lowerCaseAction, String service) {
        CompiledStatement[] covering = byAction.get(lowerCaseAction);
        if (covering == null) {
            List<CompiledStatement> matching = new ArrayList<>();
            for (CompiledStatement statement : candidates(service)) {
                if (statement.matchesAction(lowerCaseAction)) {
                    matching.add(statement);
                }
            }
            covering = matching.toArray(CompiledStatement[]::new);
            if (byAction.size() < ACTION_MEMO_LIMIT) {
                byAction.putIfAbsent(lowerCaseAction, covering);
            }
        }
        return covering;
    }

    /** The statements that can cover an action of {@code service} (lower case; null for none). */
    private CompiledStatement[] candidates(String service) {
        if (service == null) {
            return anyService;
        }
        CompiledStatement[] statements = byService.get(service);
        return statements != null ? statements : anyService;
    }
}
