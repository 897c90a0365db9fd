package dev.iamlint.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests concrete ARNs against the Service Authorization Reference's ARN formats, such as
 * {@code arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}}.
 *
 * <p>The ARN and the format are compared part by part, split at their first five colons (arn,
 * partition, service, region, account, resource). Literal text is compared exactly, as ARNs are
 * case-sensitive, and a {@code *} in a format ({@code arn:${Partition}:dms:${Region}:${Account}:cert:*})
 * stands for any run, empty too. A {@code ${Name}} placeholder stands for one or more characters;
 * which ones depends on where it is, because the SAR does not say what each name may hold:
 * <ul>
 *   <li>in the first five parts, anything (the split leaves no colon there);</li>
 *   <li>at the end of the resource part, anything: names there hold '/' (ECR's {@code team/app},
 *       IAM paths, S3 keys) and sometimes ':' (S3 keys; log group ARNs as AWS prints them end in
 *       {@code :*});</li>
 *   <li>at the start of the resource part, with no resource-type text before it (S3's
 *       {@code ${BucketName}}), neither '/' nor ':', so that an object ARN is not a bucket;</li>
 *   <li>elsewhere in the resource part, anything but ':', which separates the parts of formats
 *       such as {@code log-group:${LogGroupName}:log-stream:${LogStreamName}} (group names hold '/').</li>
 * </ul>
 * The placeholders' own grammars (what a valid repository name is) are not checked.
 */
final class ArnFormat {

    /** arn, partition, service, region, account, resource. */
    private static final int PARTS = 6;
    private static final int RESOURCE = PARTS - 1;

    private sealed interface Element permits Literal, Run {
    }

    private record Literal(String text) implements Element {
    }

    /** A run of at least {@code minLength} characters, none of them in {@code excluded}. */
    private record Run(int minLength, String excluded) implements Element {
        boolean allows(char c) {
            return excluded.indexOf(c) < 0;
        }
    }

    private ArnFormat() {
    }

    static boolean fits(String format, String arn) {
        String[] formatParts = format.split(":", PARTS);
        String[] arnParts = arn.split(":", PARTS);
        if (formatParts.length != PARTS || arnParts.length != PARTS) {
            return false;
        }
        for (int i = 0; i < PARTS; i++) {
            List<Element> elements = elements(formatParts[i], i == RESOURCE);
            if (!matches(elements, 0, arnParts[i], 0, new boolean[elements.size()][arnParts[i].length() + 1])) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> elements(String part, boolean resource) {
        List<Element> elements = new ArrayList<>();
        int literalStart = 0;
        int i = 0;
        while (i < part.length()) {
            int close = part.startsWith("${", i) ? part.indexOf('}', i) : -1;
            if (close < 0 && part.charAt(i) != '*') {
                i++;
                continue;
            }
            if (i > literalStart) {
                elements.add(new Literal(part.substring(literalStart, i)));
            }
            if (close < 0) {
                elements.add(new Run(0, ""));
                i++;
            } else {
                boolean first = i == 0;
                boolean last = close == part.length() - 1;
                String excluded = !resource || last && !first ? "" : first ? "/:" : ":";
                elements.add(new Run(1, excluded));
                i = close + 1;
            }
            literalStart = i;
        }
        if (literalStart < part.length()) {
            elements.add(new Literal(part.substring(literalStart)));
        }
        return elements;
    }

    /**
     * Whether {@code elements[e..]} match {@code text[t..]}; {@code failed} remembers the pairs
     * already known not to, so the search is at most elements times text length steps per run.
     */
    private static boolean matches(List<Element> elements, int e, String text, int t, boolean[][] failed) {
        if (e == elements.size()) {
            return t == text.length();
        }
        if (failed[e][t]) {
            return false;
        }
        boolean matched = false;
        if (elements.get(e) instanceof Literal literal) {
            matched = text.startsWith(literal.text(), t) && matches(elements, e + 1, text, t + literal.text().length(), failed);
        } else if (elements.get(e) instanceof Run run) {
            for (int end = t; end <= text.length() && !matched; end++) {
                if (end > t && !run.allows(text.charAt(end - 1))) {
                    break;
                }
                matched = end - t >= run.minLength() && matches(elements, e + 1, text, end, failed);
            }
        }
        failed[e][t] = !matched;
        return matched;
    }
}
