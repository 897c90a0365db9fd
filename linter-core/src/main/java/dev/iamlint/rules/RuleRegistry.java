package dev.iamlint.rules;

import dev.iamlint.parse.ProblemCode;
import dev.iamlint.text.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules iamlint runs, found with {@link ServiceLoader} (built-in ones are listed in
 * {@code META-INF/services/dev.iamlint.rules.Rule}; a test keeps that list complete), and the
 * descriptors of every finding it can report, parser problems included.
 */
public final class RuleRegistry {

    private final List<Rule> rules;
    private final List<RuleDescriptor> descriptors;

    private RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<RuleDescriptor> all = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            all.add(RuleDescriptor.of(code));
        }
        rules.forEach(rule -> all.add(rule.descriptor()));
        all.sort(Comparator.comparing(RuleDescriptor::id));
        this.descriptors = List.copyOf(all);
    }

    /** The rules on the class path of this class loader. */
    public static RuleRegistry builtin() {
        List<Rule> rules = new ArrayList<>();
        ServiceLoader.load(Rule.class, RuleRegistry.class.getClassLoader()).forEach(rules::add);
        rules.sort(Comparator.comparing(rule -> rule.descriptor().id()));
        return new RuleRegistry(rules);
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every finding kind, sorted by id. */
    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    /**
     * For "did you mean": the rule whose id or name is nearest to a misspelt one, as
     * {@code ID (Name)}, if one is near enough (about one typo per three characters).
     */
    public Optional<String> suggestion(String idOrName) {
        int allowed = Math.max(1, idOrName.length() / 3);
        RuleDescriptor best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleDescriptor rule : descriptors) {
            int distance = Math.min(EditDistance.between(idOrName, rule.id()), EditDistance.between(idOrName, rule.name()));
            if (distance < bestDistance) {
                best = rule;
                bestDistance = distance;
            }
        }
        return best == null || bestDistance > allowed ? Optional.empty() : Optional.of(best.id() + " (" + best.name() + ")");
    }

    /** A descriptor by id or CamelCase name, case-insensitively. */
    public Optional<RuleDescriptor> find(String idOrName) {
        String wanted = idOrName.toLowerCase(Locale.ROOT);
        return descriptors.stream()
                .filter(d -> d.id().toLowerCase(Locale.ROOT).equals(wanted) || d.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
