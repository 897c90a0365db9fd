package dev.iamlint.eval;

import dev.iamlint.memo.BoundedMemo;
import dev.iamlint.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy input with its statements indexed by the service of the actions they cover, so a
 * request looks only at statements that can concern it. Statements are compiled when a request
 * first reaches them: a policy is often compiled for a few actions of one service, and most of its
 * statements are never looked at. Which statements cover an action is also remembered per action,
 * up to a bound: requests draw their actions from a small vocabulary, so most of them skip action
 * matching entirely. Both keep the statements' order, which results report.
 */
final class CompiledPolicy {

    private static final CompiledStatement[] NONE = new CompiledStatement[0];

    private final PolicyInput input;
    private final int level;
    private final boolean policyVariables;
    private final List<Statement> statements;
    /**
     * Filled on first use. Threads may race to fill a slot; both compile the same immutable
     * statement (final fields only), so either result is safe to read.
     */
    private final CompiledStatement[] compiled;
    private final Map<String, int[]> byService;
    /** The statements that may cover any service: for services no statement names. */
    private final int[] anyService;
    /** Enough for the actions one principal uses; past it, actions are matched each time. */
    private final BoundedMemo<String, CompiledStatement[]> byAction = new BoundedMemo<>(256);

    private CompiledPolicy(PolicyInput input, int level) {
        this.input = input;
        this.level = level;
        this.policyVariables = input.document().policyVariablesEnabled();
        this.statements = input.document().statements();
        this.compiled = new CompiledStatement[statements.size()];
        List<Set<String>> services = new ArrayList<>(statements.size());
        Set<String> named = new HashSet<>();
        for (Statement statement : statements) {
            CompiledStatement.validate(statement, input.id());
            Set<String> ofStatement = CompiledStatement.services(statement);
            services.add(ofStatement);
            if (ofStatement != null) {
                named.addAll(ofStatement);
            }
        }
        Map<String, int[]> selected = new HashMap<>();
        for (String service : named) {
            selected.put(service, select(services, service));
        }
        this.byService = Map.copyOf(selected);
        this.anyService = select(services, null);
    }

    /**
     * Indexes a policy input; its statements are compiled later, as requests need them.
     *
     * @throws IllegalArgumentException if a statement lacks what evaluation needs (see {@link CompiledStatement#validate})
     */
    static CompiledPolicy compile(PolicyInput input, int level) {
        return new CompiledPolicy(input, level);
    }

    /** The positions, in order, of the statements that name {@code service} or may cover any service. */
    private static int[] select(List<Set<String>> services, String service) {
        int[] selected = new int[services.size()];
        int count = 0;
        for (int i = 0; i < services.size(); i++) {
            Set<String> named = services.get(i);
            if (named == null || service != null && named.contains(service)) {
                selected[count++] = i;
            }
        }
        return Arrays.copyOf(selected, count);
    }

    PolicyInput input() {
        return input;
    }

    int level() {
        return level;
    }

    /** The statements, in order, whose Action or NotAction covers a lower-case action name. */
    CompiledStatement[] statementsCovering(String lowerCaseAction, String service) {
        CompiledStatement[] covering = byAction.getIfPresent(lowerCaseAction);
        if (covering == null) {
            List<CompiledStatement> matching = new ArrayList<>();
            for (int position : candidates(service)) {
                CompiledStatement statement = statement(position);
                if (statement.matchesAction(lowerCaseAction)) {
                    matching.add(statement);
                }
            }
            covering = matching.isEmpty() ? NONE : matching.toArray(CompiledStatement[]::new);
            byAction.remember(lowerCaseAction, covering);
        }
        return covering;
    }

    private CompiledStatement statement(int position) {
        CompiledStatement statement = compiled[position];
        if (statement == null) {
            statement = CompiledStatement.compile(statements.get(position), policyVariables);
            compiled[position] = statement;
        }
        return statement;
    }

    /** The statements that can cover an action of {@code service} (lower case; null for none). */
    private int[] candidates(String service) {
        if (service == null) {
            return anyService;
        }
        int[] positions = byService.get(service);
        return positions != null ? positions : anyService;
    }
}
