package dev.iamlint.rules.validity;

import dev.iamlint.memo.BoundedMemo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ARN patterns as {@code Resource} elements write them ({@code arn:aws:ecr:*:111122223333:repository/team/*},
 * {@code arn:aws:iam::*:user/${aws:username}}): their fields, and whether one can name a resource
 * of a type the Service Authorization Reference describes by an ARN format.
 */
public final class ArnPatterns {

    /** arn, partition, service, region, account, resource. */
    public static final int FIELDS = 6;
    /** The index of the resource field, the only one that may hold colons. */
    public static final int RESOURCE = FIELDS - 1;

    /**
     * Catalog ARN formats split into fields and tokens, shared by all threads: the same few
     * thousand recur. Enough for every format of the catalog; past it, formats are split each time.
     */
    private static final BoundedMemo<String, Format> FORMATS = new BoundedMemo<>(8192);

    private ArnPatterns() {
    }

    /**
     * The fields of an ARN pattern, split at its first five colons outside policy variables (the
     * colon of {@code ${aws:username}} separates nothing); fewer than six when the text has fewer.
     */
    public static List<String> fields(String arn) {
        List<String> fields = new ArrayList<>(FIELDS);
        int start = 0;
        for (int i = 0; i < arn.length() && fields.size() < RESOURCE; i++) {
            if (arn.startsWith("${", i)) {
                int close = arn.indexOf('}', i);
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (arn.charAt(i) == ':') {
                fields.add(arn.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(arn.substring(start));
        return fields;
    }

    /** Whether a field or pattern stands for many values: it has a wildcard or a policy variable. */
    public static boolean isPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.contains("${");
    }

    /** Whether a pattern is only stars, such as {@code "*"}: everything. */
    public static boolean isWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != '*') {
                return false;
            }
        }
        return !pattern.isEmpty();
    }

    /**
     * Whether some concrete ARN matches both a policy's ARN pattern and a catalog ARN format such
     * as {@code arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}}. The
     * pattern's {@code *}, {@code ?} and policy variables match as in IAM; the format's
     * placeholders in the resource field follow the rules of
     * {@link dev.iamlint.catalog.ResourceTypeInfo#fits(String)}, so that, as there, an S3 object
     * ARN ({@code bucket/key}) is no bucket.
     */
    static boolean overlaps(String pattern, String format) {
        return Pattern.of(pattern).overlaps(format);
    }

    /** A policy's ARN pattern split into fields and tokens once, to compare with many formats. */
    static final class Pattern {
        private final List<String> fields;
        private final Tokens[] tokens;

        private Pattern(List<String> fields) {
            this.fields = fields;
            this.tokens = new Tokens[fields.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = patternTokens(fields.get(i));
            }
        }

        static Pattern of(String pattern) {
            return new Pattern(fields(pattern));
        }

        /** Whether some concrete ARN matches both this pattern and the format; see {@link ArnPatterns#overlaps}. */
        boolean overlaps(String format) {
            return overlaps(Format.of(format));
        }

        private boolean overlapsAny(List<Format> formats) {
            for (Format format : formats) {
                if (overlaps(format)) {
                    return true;
                }
            }
            return false;
        }

        private boolean overlaps(Format compiled) {
            if (fields.size() != FIELDS || compiled.fields().size() != FIELDS) {
                return false;
            }
            // The service field first, and without tokens when both are plain text: it tells most formats apart.
            String service = fields.get(SERVICE);
            String formatService = compiled.fields().get(SERVICE);
            if (!isPattern(service) && !isPattern(formatService) && !service.equals(formatService)) {
                return false;
            }
            for (int i : FIELD_ORDER) {
                if (!intersect(tokens[i], compiled.tokens()[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Catalog ARN formats grouped by their service field, to test many patterns against: a pattern
     * with a plain service field is compared only with the formats that have it, or a pattern there.
     */
    static final class Formats {
        private final Map<String, List<Format>> byService = new HashMap<>();
        private final List<Format> anyService = new ArrayList<>();

        Formats(Collection<String> formats) {
            for (String text : formats) {
                Format format = Format.of(text);
                // Formats of fewer fields overlap no pattern.
                if (format.fields().size() != FIELDS) {
                    continue;
                }
                String service = format.fields().get(SERVICE);
                if (isPattern(service)) {
                    anyService.add(format);
                } else {
                    byService.computeIfAbsent(service, s -> new ArrayList<>()).add(format);
                }
            }
        }

        /** Whether some concrete ARN matches both the pattern and one of the formats; see {@link ArnPatterns#overlaps}. */
        boolean overlapAny(Pattern pattern) {
            if (pattern.fields.size() != FIELDS) {
                return false;
            }
            String service = pattern.fields.get(SERVICE);
            if (isPattern(service)) {
                for (List<Format> formats : byService.values()) {
                    if (pattern.overlapsAny(formats)) {
                        return true;
                    }
                }
                return pattern.overlapsAny(anyService);
            }
            return pattern.overlapsAny(byService.getOrDefault(service, List.of())) || pattern.overlapsAny(anyService);
        }
    }

    /** A catalog ARN format split into fields and each field into tokens. */
    private record Format(List<String> fields, Tokens[] tokens) {

        static Format of(String format) {
            return FORMATS.get(format, Format::split);
        }

        private static Format split(String format) {
            List<String> split = ArnPatterns.fields(format);
            Tokens[] tokens = new Tokens[split.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = formatTokens(split.get(i), i == RESOURCE);
            }
            return new Format(split, tokens);
        }
    }

    private static final int SERVICE = 2;
    private static final int[] FIELD_ORDER = {SERVICE, 0, 1, 3, 4, RESOURCE};

    /**
     * A field as tokens, in arrays rather than objects because comparing them is the hot part of
     * IAM105: at each position a literal character ({@code LITERAL}), or one character
     * ({@code ONE}) or any run of them ({@code RUN}) that is not in the position's excluded set.
     */
    private static final class Tokens {
        static final byte LITERAL = 0;
        static final byte ONE = 1;
        static final byte RUN = 2;

        private final byte[] kinds;
        private final char[] literals;
        private final String[] excluded;
        private int size;

        /** Room for at most one token per character of the field. */
        Tokens(int capacity) {
            kinds = new byte[capacity];
            literals = new char[capacity];
            excluded = new String[capacity];
        }

        void addLiteral(char c) {
            add(LITERAL, c, "");
        }

        void add(byte kind, char literal, String excludedCharacters) {
            kinds[size] = kind;
            literals[size] = literal;
            excluded[size] = excludedCharacters;
            size++;
        }

        boolean isLiteral(int i) {
            return kinds[i] == LITERAL;
        }

        boolean isRun(int i) {
            return kinds[i] == RUN;
        }

        boolean allows(int i, char c) {
            return kinds[i] == LITERAL ? literals[i] == c : excluded[i].indexOf(c) < 0;
        }

        /** Whether tokens {@code [from, to)} are one unrestricted run, which matches every text. */
        boolean isAnyText(int from, int to) {
            return to - from == 1 && kinds[from] == RUN && excluded[from].isEmpty();
        }

        boolean onlyRuns(int from, int to) {
            for (int i = from; i < to; i++) {
                if (kinds[i] != RUN) {
                    return false;
                }
            }
            return true;
        }

        /** Whether some character fits both token {@code i} and {@code other}'s token {@code j}. */
        boolean shareCharacter(int i, Tokens other, int j) {
            if (kinds[i] == LITERAL) {
                return other.allows(j, literals[i]);
            }
            return other.kinds[j] != LITERAL || allows(i, other.literals[j]);
        }
    }

    /** A policy's field: {@code *} and variables are runs, {@code ?} one character; {@code ${*}} and the like are escapes. */
    private static Tokens patternTokens(String field) {
        Tokens tokens = new Tokens(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int close = field.startsWith("${", i) ? field.indexOf('}', i) : -1;
            if (close >= 0) {
                String name = field.substring(i + 2, close);
                boolean escape = name.equals("*") || name.equals("?") || name.equals("$");
                if (escape) {
                    tokens.addLiteral(name.charAt(0));
                } else {
                    tokens.add(Tokens.RUN, ' ', "");
                }
                i = close;
            } else if (c == '*') {
                tokens.add(Tokens.RUN, ' ', "");
            } else if (c == '?') {
                tokens.add(Tokens.ONE, ' ', "");
            } else {
                tokens.addLiteral(c);
            }
        }
        return tokens;
    }

    /**
     * A catalog format's field: a placeholder in the resource field is one or more characters,
     * excluding '/' and ':' at its start, ':' in its middle and nothing at its end; a placeholder
     * elsewhere is any run, empty too, as AWS-owned resources have ARNs without region or account
     * ({@code arn:aws:ssm:us-east-1::document/AWS-RunShellScript}); a {@code *} is any run.
     */
    private static Tokens formatTokens(String field, boolean resource) {
        Tokens tokens = new Tokens(field.length());
        for (int i = 0; i < field.length(); i++) {
            int close = field.startsWith("${", i) ? field.indexOf('}', i) : -1;
            if (close >= 0) {
                boolean first = i == 0;
                boolean last = close == field.length() - 1;
                String excluded = !resource || last && !first ? "" : first ? "/:" : ":";
                if (resource) {
                    tokens.add(Tokens.ONE, ' ', excluded);
                }
                tokens.add(Tokens.RUN, ' ', excluded);
                i = close;
            } else if (field.charAt(i) == '*') {
                tokens.add(Tokens.RUN, ' ', "");
            } else {
                tokens.addLiteral(field.charAt(i));
            }
        }
        return tokens;
    }

    /**
     * Whether the two token lists match a common text: a search over pairs of positions, stepping
     * over runs that match nothing or consuming one character both accept. The alphabet is
     * unbounded, so two character classes that are not single literals always share a character.
     */
    private static boolean intersect(Tokens first, Tokens second) {
        // Every token list matches some text, which a lone unrestricted run matches too.
        if (first.isAnyText(0, first.size) || second.isAnyText(0, second.size)) {
            return true;
        }
        // A common text starts and ends with both lists' literal ends: compare those directly.
        int start = 0;
        int endFirst = first.size;
        int endSecond = second.size;
        while (start < endFirst && start < endSecond && first.isLiteral(start) && second.isLiteral(start)) {
            if (first.literals[start] != second.literals[start]) {
                return false;
            }
            start++;
        }
        while (endFirst > start && endSecond > start && first.isLiteral(endFirst - 1) && second.isLiteral(endSecond - 1)) {
            if (first.literals[endFirst - 1] != second.literals[endSecond - 1]) {
                return false;
            }
            endFirst--;
            endSecond--;
        }
        if (start == endFirst || start == endSecond) {
            // One side is used up: the other must match the empty text, so hold only runs.
            return first.onlyRuns(start, endFirst) && second.onlyRuns(start, endSecond);
        }
        if (first.isAnyText(start, endFirst) || second.isAnyText(start, endSecond)) {
            return true;
        }
        // A search over pairs of positions (i in first, j in second), from (start, start) to (endFirst, endSecond).
        int columns = endSecond - start + 1;
        boolean[] seen = new boolean[(endFirst - start + 1) * columns];
        int[] pending = new int[seen.length];
        int count = 0;
        pending[count++] = 0;
        seen[0] = true;
        while (count > 0) {
            int at = pending[--count];
            int i = start + at / columns;
            int j = start + at % columns;
            if (i == endFirst && j == endSecond) {
                return true;
            }
            boolean moreFirst = i < endFirst;
            boolean moreSecond = j < endSecond;
            if (moreFirst && first.isRun(i)) {
                count = visit(seen, pending, count, at + columns);
            }
            if (moreSecond && second.isRun(j)) {
                count = visit(seen, pending, count, at + 1);
            }
            if (moreFirst && moreSecond && first.shareCharacter(i, second, j)) {
                int next = (first.isRun(i) ? 0 : columns) + (second.isRun(j) ? 0 : 1);
                count = visit(seen, pending, count, at + next);
            }
        }
        return false;
    }

    /** Marks a state seen and queues it, once; returns the new number of queued states. */
    private static int visit(boolean[] seen, int[] pending, int count, int state) {
        if (seen[state]) {
            return count;
        }
        seen[state] = true;
        pending[count] = state;
        return count + 1;
    }
}
