package dev.iamlint.rules.hygiene;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether one action or resource pattern takes in everything another does. Actions are compared
 * as whole texts, ignoring case; ARNs field by field, as IAM matches them (a star does not cross
 * the colons before the resource part, unless it ends a pattern of fewer than six fields).
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
        private final List<String> parts;
        private final List<Glob> globs;

        private Pattern(String text) {
            this.text = text;
            this.parts = isArn(text) ? ArnPatterns.fields(text) : List.of(text);
            // Parts without wildcards cover only equal text, so they need no glob.
            this.globs = parts.stream().map(part -> ActionPatterns.hasWildcard(part) ? Glob.compile(part, ignoreCase) : null).toList();
        }

        /** Whether every text {@code specific} matches, this matches too. */
        boolean covers(Pattern specific) {
            if (!isArn(text)) {
                return partCovers(0, specific.text);
            }
            if (!isArn(specific.text)) {
                return same(text, specific.text);
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
            return same(text, specific.text);
        }

        /**
         * Matching a part against the other pattern's text is exact for coverage when this part's
         * {@code ?} cannot stand for a wildcard of the other; where it could, only equal text counts.
         */
        private boolean partCovers(int index, String specific) {
            String part = parts.get(index);
            Glob glob = globs.get(index);
            if (glob == null || part.indexOf('?') >= 0 && ActionPatterns.hasWildcard(specific)) {
                return same(part, specific);
            }
            return glob.matches(specific);
        }

        /** Whether no part has a wildcard: then it covers only its own text. */
        boolean isLiteral() {
            return globs.stream().allMatch(Objects::isNull);
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
        if (!ignoreCase) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII, nearly every value, folds to lower case without the Unicode tables.
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /** A value without wildcards, by its group and its text as {@link #same} compares it. */
    private record Literal(Optional<String> group, String folded) {
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    /**
     * For each redundant value of a list, the value that makes it so: one that covers it, and, if
     * both cover each other (the same pattern twice), the earlier one.
     */
    Map<Located<String>, Located<String>> redundant(List<Located<String>> values) {
        List<Pattern> patterns = values.stream().map(v -> compile(v.value())).toList();
        List<Optional<String>> keys = values.stream().map(v -> group.apply(v.value())).toList();
        // A value without wildcards covers only its own text, so those are found by lookup rather than compared pairwise.
        Map<Literal, Integer> firstLiteral = new HashMap<>();
        List<Literal> literals = new ArrayList<>(values.size());
        Map<String, List<Integer>> byGroup = new HashMap<>();
        List<Integer> ungrouped = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Optional<String> key = keys.get(i);
            Literal literal = patterns.get(i).isLiteral() ? new Literal(key, folded(values.get(i).value())) : null;
            literals.add(literal);
            if (literal != null) {
                firstLiteral.putIfAbsent(literal, i);
            } else if (key.isPresent()) {
                byGroup.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(i);
            } else {
                ungrouped.add(i);
            }
        }
        Map<Located<String>, Located<String>> redundant = new HashMap<>();
        for (int j = 0; j < values.size(); j++) {
            Optional<String> key = keys.get(j);
            List<Integer> candidates = new ArrayList<>(ungrouped);
            if (key.isPresent()) {
                candidates.addAll(byGroup.getOrDefault(key.get(), List.of()));
            } else {
                byGroup.values().forEach(candidates::addAll);
            }
            // An equal text earlier in the list; a later one is covered by this value in turn.
            Integer equal = literals.get(j) == null ? null : firstLiteral.get(literals.get(j));
            int bound = equal != null && equal < j ? equal : values.size();
            candidates.sort(null);
            int by = bound;
            for (int i : candidates) {
                if (i >= bound) {
                    break;
                }
                if (i != j && patterns.get(i).covers(patterns.get(j)) && (i < j || !patterns.get(j).covers(patterns.get(i)))) {
                    by = i;
                    break;
                }
            }
            if (by < values.size()) {
                redundant.put(values.get(j), values.get(by));
            }
        }
        return redundant;
    }

    /** Why a value is redundant, for a message: it repeats an earlier one, or another covers it. */
    String explain(Located<String> redundant, Located<String> by) {
        return same(redundant.value(), by.value())
                ? "\"" + redundant.value() + "\" is listed twice, first at line " + by.range().line() + "; remove this one"
                : "\"" + redundant.value() + "\" is redundant: \"" + by.value() + "\" at line " + by.range().line()
                        + " already covers it; remove it";
    }
}
