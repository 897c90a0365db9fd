package dev.iamlint.rules.validity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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
        return !pattern.isEmpty() && pattern.chars().allMatch(c -> c == '*');
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
        private final List<List<Token>> tokens;

        private Pattern(List<String> fields) {
            this.fields = fields;
            this.tokens = fields.stream().map(ArnPatterns::patternTokens).toList();
        }

        static Pattern of(String pattern) {
            return new Pattern(fields(pattern));
        }

        /** Whether some concrete ARN matches both this pattern and the format; see {@link ArnPatterns#overlaps}. */
        boolean overlaps(String format) {
            List<String> formatFields = fields(format);
            if (fields.size() != FIELDS || formatFields.size() != FIELDS) {
                return false;
            }
            // The service field first, and without tokens when both are plain text: it tells most formats apart.
            String service = fields.get(SERVICE);
            String formatService = formatFields.get(SERVICE);
            if (!isPattern(service) && !isPattern(formatService) && !service.equals(formatService)) {
                return false;
            }
            for (int i : FIELD_ORDER) {
                if (!intersect(tokens.get(i), formatTokens(formatFields.get(i), i == RESOURCE))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int SERVICE = 2;
    private static final int[] FIELD_ORDER = {SERVICE, 0, 1, 3, 4, RESOURCE};

    /** One character ({@code LITERAL}, {@code ONE}) or any run of them ({@code RUN}), not in {@code excluded}. */
    private record Token(Kind kind, char literal, String excluded) {
        enum Kind { LITERAL, ONE, RUN }

        static Token literal(char c) {
            return new Token(Kind.LITERAL, c, "");
        }

        boolean allows(char c) {
            return kind == Kind.LITERAL ? literal == c : excluded.indexOf(c) < 0;
        }
    }

    /** A policy's field: {@code *} and variables are runs, {@code ?} one character; {@code ${*}} and the like are escapes. */
    private static List<Token> patternTokens(String field) {
        List<Token> tokens = new ArrayList<>(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int close = field.startsWith("${", i) ? field.indexOf('}', i) : -1;
            if (close >= 0) {
                String name = field.substring(i + 2, close);
                boolean escape = name.equals("*") || name.equals("?") || name.equals("$");
                tokens.add(escape ? Token.literal(name.charAt(0)) : new Token(Token.Kind.RUN, ' ', ""));
                i = close;
            } else if (c == '*') {
                tokens.add(new Token(Token.Kind.RUN, ' ', ""));
            } else if (c == '?') {
                tokens.add(new Token(Token.Kind.ONE, ' ', ""));
            } else {
                tokens.add(Token.literal(c));
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
    private static List<Token> formatTokens(String field, boolean resource) {
        List<Token> tokens = new ArrayList<>(field.length());
        for (int i = 0; i < field.length(); i++) {
            int close = field.startsWith("${", i) ? field.indexOf('}', i) : -1;
            if (close >= 0) {
                boolean first = i == 0;
                boolean last = close == field.length() - 1;
                String excluded = !resource || last && !first ? "" : first ? "/:" : ":";
                if (resource) {
                    tokens.add(new Token(Token.Kind.ONE, ' ', excluded));
                }
                tokens.add(new Token(Token.Kind.RUN, ' ', excluded));
                i = close;
            } else if (field.charAt(i) == '*') {
                tokens.add(new Token(Token.Kind.RUN, ' ', ""));
            } else {
                tokens.add(Token.literal(field.charAt(i)));
            }
        }
        return tokens;
    }

    /**
     * Whether the two token lists match a common text: a search over pairs of positions, stepping
     * over runs that match nothing or consuming one character both accept. The alphabet is
     * unbounded, so two character classes that are not single literals always share a character.
     */
    private static boolean intersect(List<Token> a, List<Token> b) {
        boolean[][] seen = new boolean[a.size() + 1][b.size() + 1];
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {0, 0});
        seen[0][0] = true;
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            int i = at[0];
            int j = at[1];
            if (i == a.size() && j == b.size()) {
                return true;
            }
            if (i < a.size() && a.get(i).kind() == Token.Kind.RUN) {
                visit(seen, queue, i + 1, j);
            }
            if (j < b.size() && b.get(j).kind() == Token.Kind.RUN) {
                visit(seen, queue, i, j + 1);
            }
            if (i < a.size() && j < b.size() && shareCharacter(a.get(i), b.get(j))) {
                visit(seen, queue, a.get(i).kind() == Token.Kind.RUN ? i : i + 1, b.get(j).kind() == Token.Kind.RUN ? j : j + 1);
            }
        }
        return false;
    }

    private static boolean shareCharacter(Token x, Token y) {
        if (x.kind() == Token.Kind.LITERAL) {
            return y.allows(x.literal());
        }
        return y.kind() != Token.Kind.LITERAL || x.allows(y.literal());
    }

    private static void visit(boolean[][] seen, Deque<int[]> queue, int i, int j) {
        if (!seen[i][j]) {
            seen[i][j] = true;
            queue.add(new int[] {i, j});
        }
    }
}
