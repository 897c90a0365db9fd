package dev.iamlint.rules.hygiene;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.eval.match.Glob;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.rules.validity.KnownText;
import dev.iamlint.source.Located;
import dev.iamlint.text.CaseFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether one action or resource pattern takes in everything another does. Actions are compared
 * as whole texts, ignoring case; ARNs field by field, as IAM matches them (a star does not cross
 * the colons before the resource part, unless it ends a pattern of fewer than six fields). A value
 * with an unknown part ({@code ecr:${unknown:Action}}) is covered where the pattern of every value
 * it may stand for is ({@code ecr:*} covers it), and covers nothing, not even its own text
 * elsewhere: one marker may stand for different values.
 */
final class Coverage {

    private final boolean ignoreCase;
    private final boolean arns;
    /**
     * The part of a value that a covering value must share, such as an action's service prefix;
     * empty when the value has a wildcard there. Spares comparing values of different services.
     */
    private final Function<String, Optional<String>> group;

    private Coverage(boolean ignoreCase, boolean arns, Function<String, Optional<String>> group) {
        this.ignoreCase = ignoreCase;
        this.arns = arns;
        this.group = group;
    }

    static Coverage actions() {
        return new Coverage(true, false, ActionPatterns::literalService);
    }

    /** Resource lists are short: every pair is compared. */
    static Coverage resources() {
        return new Coverage(false, true, value -> Optional.empty());
    }

    /** A value split as it is matched (an ARN into its fields), each part compiled once. */
    final class Pattern {
        private final String text;
        /** What is matched: the text, or the pattern of every value it may stand for when it has an unknown part. */
        private final String matched;
        private final boolean unknown;
        private final List<String> parts;
        /** Each part's glob; none for parts without wildcards, which cover only equal text. */
        private final Glob[] globs;

        private Pattern(String text) {
            this.text = text;
            this.unknown = UnknownValues.contains(text);
            this.matched = KnownText.pattern(text);
            this.parts = isArn(matched) ? ArnPatterns.fields(matched) : List.of(matched);
            this.globs = new Glob[parts.size()];
            for (int i = 0; i < globs.length; i++) {
                String part = parts.get(i);
                globs[i] = ActionPatterns.hasWildcard(part) ? Glob.compile(part, ignoreCase) : null;
            }
        }

        /** Whether every text {@code specific} matches, this matches too. */
        boolean covers(Pattern specific) {
            if (unknown) {
                return false;
            }
            if (!isArn(text)) {
                return partCovers(0, specific.matched);
            }
            if (!isArn(specific.matched)) {
                return same(text, specific.matched);
            }
            int last = parts.size() - 1;
            boolean reaches = parts.size() < ArnPatterns.FIELDS && parts.get(last).endsWith("*");
            if (parts.size() == ArnPatterns.FIELDS && specific.parts.size() == ArnPatterns.FIELDS || reaches && specific.parts.size() > last) {
                for (int i = 0; i < last; i++) {
                    if (!partCovers(i, specific.parts.get(i))) {
                        return false;
                    }
                }
                return partCovers(last, String.join(":", specific.parts.subList(last, specific.parts.size())));
            }
            return same(text, specific.matched);
        }

        /**
         * Matching a part against the other pattern's text is exact for coverage when this part's
         * {@code ?} cannot stand for a wildcard of the other; where it could, only equal text counts.
         */
        private boolean partCovers(int index, String specific) {
            String part = parts.get(index);
            Glob glob = globs[index];
            if (glob == null || part.indexOf('?') >= 0 && ActionPatterns.hasWildcard(specific)) {
                return same(part, specific);
            }
            return glob.matches(specific);
        }

        String text() {
            return text;
        }
    }

    Pattern compile(String value) {
        return new Pattern(value);
    }

    /** Whether {@code general} covers {@code specific}; compiles both, so for one-off comparisons. */
    boolean covers(String general, String specific) {
        return compile(general).covers(compile(specific));
    }

    private boolean isArn(String value) {
        return arns && value.startsWith("arn:");
    }

    /** The text as {@link #same} compares it: equal texts, and only they, fold to the same string. */
    private String folded(String text) {
        return ignoreCase ? CaseFolding.fold(text) : text;
    }

    /** A value without wildcards, by its group and its text as {@link #same} compares it. */
    private record Literal(Optional<String> group, String folded) {

        // equals and hashCode written out: a record's generated ones are linked through method handles at
        // first use, milliseconds spent again at every start, and this record keys maps in every lint.

        @Override
        public boolean equals(Object other) {
            return other instanceof Literal literal && literal.group.equals(group) && literal.folded.equals(folded);
        }

        @Override
        public int hashCode() {
            return group.hashCode() * 31 + folded.hashCode();
        }
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    /**
     * For each redundant value of a list, the value that makes it so: one that covers it, and, if
     * both cover each other (the same pattern twice), the earlier one. Keyed by the list's elements
     * themselves (by identity).
     */
    Map<Located<String>, Located<String>> redundant(List<Located<String>> values) {
        if (!Located.anyValue(values, ActionPatterns::hasWildcard)) {
            return repeated(values);
        }
        int count = values.size();
        // A value without wildcards covers only its own text, so those are found by lookup rather than compared pairwise;
        // only wildcards are compared, and patterns are compiled when first compared (most lists have no wildcard).
        Literal[] literals = new Literal[count];
        Map<Literal, Integer> firstLiteral = new HashMap<>();
        List<Optional<String>> groups = new ArrayList<>(count);
        Map<String, List<Integer>> wildcardsByGroup = new HashMap<>();
        List<Integer> ungroupedWildcards = new ArrayList<>();
        List<Integer> allWildcards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String value = values.get(i).value();
            Optional<String> group = this.group.apply(KnownText.pattern(value));
            groups.add(group);
            if (UnknownValues.contains(value)) {
                // Compared only as the one covered.
                continue;
            }
            if (!ActionPatterns.hasWildcard(value)) {
                literals[i] = new Literal(group, folded(value));
                firstLiteral.putIfAbsent(literals[i], i);
            } else {
                allWildcards.add(i);
                if (group.isPresent()) {
                    wildcardsByGroup.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(i);
                } else {
                    ungroupedWildcards.add(i);
                }
            }
        }
        Pattern[] patterns = new Pattern[count];
        Map<Located<String>, Located<String>> redundant = new IdentityHashMap<>();
        for (int j = 0; j < count; j++) {
            // An equal text earlier in the list; a later one is covered by this value in turn.
            Integer equal = literals[j] == null ? null : firstLiteral.get(literals[j]);
            int bound = equal != null && equal < j ? equal : count;
            List<Integer> candidates = groups.get(j)
                    .map(g -> merged(ungroupedWildcards, wildcardsByGroup.getOrDefault(g, List.of())))
                    .orElse(allWildcards);
            int by = bound;
            for (int i : candidates) {
                if (i >= bound) {
                    break;
                }
                if (i != j && pattern(patterns, values, i).covers(pattern(patterns, values, j))
                        && (i < j || !pattern(patterns, values, j).covers(pattern(patterns, values, i)))) {
                    by = i;
                    break;
                }
            }
            if (by < count) {
                redundant.put(values.get(j), values.get(by));
            }
        }
        return redundant;
    }

    /**
     * {@link #redundant} for a list without wildcards, where a value is covered only by an equal
     * one: each repeat, by the first of its equals. A value with an unknown part covers nothing.
     */
    private Map<Located<String>, Located<String>> repeated(List<Located<String>> values) {
        Map<String, Located<String>> first = new HashMap<>();
        Map<Located<String>, Located<String>> redundant = new IdentityHashMap<>();
        for (Located<String> value : values) {
            if (UnknownValues.contains(value.value())) {
                continue;
            }
            Located<String> earlier = first.putIfAbsent(folded(value.value()), value);
            if (earlier != null) {
                redundant.put(value, earlier);
            }
        }
        return redundant;
    }

    private Pattern pattern(Pattern[] patterns, List<Located<String>> values, int index) {
        if (patterns[index] == null) {
            patterns[index] = compile(values.get(index).value());
        }
        return patterns[index];
    }

    /** Two ascending index lists as one. */
    private static List<Integer> merged(List<Integer> a, List<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        List<Integer> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int k = 0;
        while (i < a.size() || k < b.size()) {
            merged.add(k == b.size() || i < a.size() && a.get(i) < b.get(k) ? a.get(i++) : b.get(k++));
        }
        return merged;
    }

    /** Why a value is redundant, for a message: it repeats an earlier one, or another covers it. */
    String explain(Located<String> redundant, Located<String> by) {
        return same(redundant.value(), by.value())
                ? "\"" + redundant.value() + "\" is listed twice, first at line " + by.range().line() + "; remove this one"
                : "\"" + redundant.value() + "\" is redundant: \"" + by.value() + "\" at line " + by.range().line()
                        + " already covers it; remove it";
    }
}
