package dev.iamlint.rules.hygiene;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Effect;
import dev.iamlint.model.PrincipalElement;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.KnownText;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A statement whose effect another statement already has on everything it covers: same effect
 * and principal, neither with a condition, each of its actions covered by an action of the other
 * and each of its resources by a resource of the other. Only Action and Resource lists are
 * compared (a NotAction or NotResource statement is never called redundant), which keeps the
 * check sound. Of two equal statements the later is reported. Statements whose principal has an
 * unknown part are not compared: the same marker may stand for different principals.
 */
@RuleInfo(
        id = "IAM302",
        name = "RedundantStatement",
        summary = "Statement is wholly covered by another statement",
        severity = Severity.NOTE,
        category = Category.HYGIENE,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html")
public final class RedundantStatement implements DocumentRule {

    private static final Coverage ACTIONS = Coverage.actions();
    private static final Coverage RESOURCES = Coverage.resources();

    @Override
    public void check(DocumentContext context) {
        List<Shape> shapes = new ArrayList<>();
        for (Statement statement : context.document().statements()) {
            shape(statement).ifPresent(shapes::add);
        }
        for (Shape shape : shapes) {
            for (Shape other : shapes) {
                if (other != shape && other.covers(shape) && (other.index() < shape.index() || !shape.covers(other))) {
                    context.report(shape.statement, message(shape.statement, other.statement));
                    break;
                }
            }
        }
    }

    /**
     * What of a statement is compared; resources are empty for a resource policy's statement
     * without Resource. Patterns are compiled when first compared: most statements differ in
     * effect or principal from all others, or stand alone.
     */
    private static final class Shape {
        private final Statement statement;
        private final Effect effect;
        private final String principal;
        private final List<Located<String>> actionValues;
        private final Optional<List<Located<String>>> resourceValues;
        private List<Coverage.Pattern> actions;
        private Optional<List<Coverage.Pattern>> resources;
        private Optional<Set<String>> services;

        Shape(Statement statement, Effect effect, String principal, List<Located<String>> actionValues,
                Optional<List<Located<String>>> resourceValues) {
            this.statement = statement;
            this.effect = effect;
            this.principal = principal;
            this.actionValues = actionValues;
            this.resourceValues = resourceValues;
        }

        int index() {
            return statement.index();
        }

        boolean covers(Shape specific) {
            if (effect != specific.effect || !principal.equals(specific.principal)
                    || resourceValues.isPresent() != specific.resourceValues.isPresent()) {
                return false;
            }
            if (!servicesCover(specific)) {
                return false;
            }
            // Resources first: lists are shorter than action lists, and differ more often.
            return (resourceValues.isEmpty() || coversAll(resources().get(), specific.resources().get()))
                    && coversAll(actions(), specific.actions());
        }

        /**
         * A necessary condition, cheap to test: each service the other statement's actions name
         * must be named here too, unless an action here has a wildcard in its service prefix.
         */
        private boolean servicesCover(Shape specific) {
            if (services().isEmpty()) {
                return true;
            }
            Optional<Set<String>> named = specific.services();
            return named.isPresent() && services().get().containsAll(named.get());
        }

        /** The services (lower case) the actions name, or empty when one may be of any service. */
        private Optional<Set<String>> services() {
            if (services == null) {
                Set<String> named = new HashSet<>();
                for (Located<String> action : actionValues) {
                    Optional<String> service = ActionPatterns.literalService(KnownText.pattern(action.value()));
                    if (service.isEmpty()) {
                        services = Optional.empty();
                        return services;
                    }
                    named.add(service.get());
                }
                services = Optional.of(named);
            }
            return services;
        }

        private List<Coverage.Pattern> actions() {
            if (actions == null) {
                actions = patterns(ACTIONS, actionValues);
            }
            return actions;
        }

        private Optional<List<Coverage.Pattern>> resources() {
            if (resources == null) {
                resources = resourceValues.map(values -> patterns(RESOURCES, values));
            }
            return resources;
        }

        private static boolean coversAll(List<Coverage.Pattern> general, List<Coverage.Pattern> specific) {
            for (Coverage.Pattern each : specific) {
                if (!coversOne(general, each)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean coversOne(List<Coverage.Pattern> general, Coverage.Pattern specific) {
            for (Coverage.Pattern pattern : general) {
                if (pattern.covers(specific)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The statement as compared, or empty for one that is never compared. */
    private static Optional<Shape> shape(Statement statement) {
        Optional<ActionElement> action = statement.action();
        Optional<ResourceElement> resource = statement.resource();
        String principal = principal(statement);
        if (statement.effectValue().isEmpty() || !statement.conditions().isEmpty() || action.isEmpty() || action.get().negated()
                || resource.filter(ResourceElement::negated).isPresent() || UnknownValues.contains(principal)) {
            return Optional.empty();
        }
        return Optional.of(new Shape(statement, statement.effectValue().get(), principal, action.get().values(),
                resource.map(ResourceElement::values)));
    }

    private static List<Coverage.Pattern> patterns(Coverage coverage, List<Located<String>> values) {
        List<Coverage.Pattern> patterns = new ArrayList<>(values.size());
        for (Located<String> value : values) {
            patterns.add(coverage.compile(value.value()));
        }
        return patterns;
    }

    /** The principal as text, to compare statements of resource policies; empty for none. */
    private static String principal(Statement statement) {
        if (statement.principal().isEmpty()) {
            return "";
        }
        PrincipalElement element = statement.principal().get();
        String value = element.value() instanceof PrincipalValue.ByType byType
                ? byType.entries().stream()
                        .map(e -> e.type().value() + "=" + e.values().stream().map(Located::value).sorted().collect(Collectors.joining(",")))
                        .sorted()
                        .collect(Collectors.joining(";"))
                : "*";
        return (element.negated() ? "not " : "") + value;
    }

    private static String message(Statement redundant, Statement by) {
        boolean allow = redundant.effectValue().orElseThrow() == Effect.ALLOW;
        String verb = allow ? "allow" : "deny";
        String other = by.sid().map(sid -> "statement \"" + sid.value() + "\" at line " + sid.range().line())
                .orElse("the statement at line " + by.range().line());
        return "this statement " + (allow ? "allows" : "denies") + " nothing that " + other + " does not already " + verb
                + "; remove it or merge the two";
    }
}
