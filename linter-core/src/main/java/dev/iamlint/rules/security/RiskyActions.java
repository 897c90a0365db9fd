package dev.iamlint.rules.security;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.rules.validity.Phrases;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds the Allows of a table of risky actions, named or matched by a wildcard such as
 * {@code iam:Put*}, and reports each at the action value. Statements with a Condition are left
 * alone, as the condition may be what makes them safe (a permissions boundary, a policy ARN);
 * {@code "Action": "*"} is IAM201's and NotAction IAM203's.
 */
final class RiskyActions {

    private static final int ACTIONS_NAMED = 3;
    private static final String PASS_ROLE = "iam:PassRole";

    private final List<RiskyAction> table;
    /** The table by lower-case service prefix, so that most patterns are compared with nothing. */
    private final Map<String, List<RiskyAction>> byService;
    /** What the risk is called, e.g. "a path to privilege escalation". */
    private final String risk;

    RiskyActions(List<RiskyAction> table, String risk) {
        this.table = List.copyOf(table);
        this.byService = table.stream().collect(Collectors.groupingBy(
                r -> ActionPatterns.literalService(r.action()).orElseThrow(), Collectors.toUnmodifiableList()));
        this.risk = risk;
    }

    void check(DocumentContext context) {
        // Each worked out only for an action that needs it: most actions are not risky ones.
        Supplier<Boolean> passesEveryRole = memoized(() -> passesEveryRole(context.document()));
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || !statement.conditions().isEmpty()
                    || statement.action().isEmpty() || statement.action().get().negated()) {
                continue;
            }
            Supplier<Boolean> unscoped = memoized(() -> Statements.unscoped(statement));
            for (Located<String> action : statement.action().get().values()) {
                if (ArnPatterns.isWildcard(action.value())) {
                    continue;
                }
                List<RiskyAction> candidates = candidates(action.value());
                if (candidates.isEmpty()) {
                    continue;
                }
                Glob glob = ActionPatterns.hasWildcard(action.value()) ? Glob.compile(action.value(), true) : null;
                List<RiskyAction> allowed = new ArrayList<>();
                for (RiskyAction candidate : candidates) {
                    boolean named = glob != null ? glob.matches(candidate.action()) : action.value().equalsIgnoreCase(candidate.action());
                    if (named && switch (candidate.scope()) {
                        case ANY_RESOURCE -> true;
                        case EVERY_RESOURCE -> unscoped.get();
                        case WITH_PASS_ROLE -> passesEveryRole.get();
                    }) {
                        allowed.add(candidate);
                    }
                }
                if (!allowed.isEmpty()) {
                    context.report(action, message(action.value(), allowed));
                }
            }
        }
    }

    /** The risky actions a pattern may name: those of its service, or all when its service part has a wildcard. */
    private List<RiskyAction> candidates(String pattern) {
        Optional<String> service = ActionPatterns.literalService(pattern);
        return service.isPresent() ? byService.getOrDefault(service.get(), List.of()) : table;
    }

    private String message(String value, List<RiskyAction> allowed) {
        RiskyAction first = allowed.get(0);
        String effect = first.action() + " " + first.effect() + (first.scope() == RiskyAction.Scope.WITH_PASS_ROLE
                ? ", as this policy allows " + PASS_ROLE + " on every role" : "");
        if (allowed.size() == 1 && value.equalsIgnoreCase(first.action())) {
            return effect + ": " + risk + "; " + advice(first.scope());
        }
        String listed = Phrases.enumerate(allowed, RiskyAction::action, ACTIONS_NAMED, "such action");
        return value + " includes " + listed + "; " + effect + ": " + risk + "; allow only the actions needed";
    }

    private static String advice(RiskyAction.Scope scope) {
        return switch (scope) {
            case ANY_RESOURCE -> "allow it only to administrators, or limit it with a condition such as iam:PermissionsBoundary";
            case EVERY_RESOURCE -> "limit it to named resources, or remove it";
            case WITH_PASS_ROLE -> "limit " + PASS_ROLE + " to named roles";
        };
    }

    private static Supplier<Boolean> memoized(Supplier<Boolean> compute) {
        Boolean[] known = new Boolean[1];
        return () -> {
            if (known[0] == null) {
                known[0] = compute.get();
            }
            return known[0];
        };
    }

    /** Whether some Allow in the policy lets the principal pass every role, conditions or not. */
    private static boolean passesEveryRole(PolicyDocument document) {
        return document.statements().stream().anyMatch(s -> Statements.isAllow(s) && s.action().isPresent()
                && Statements.covers(s.action().get(), PASS_ROLE) && Statements.onEveryRole(s));
    }
}
