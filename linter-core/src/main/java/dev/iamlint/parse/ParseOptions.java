package dev.iamlint.parse;

import dev.iamlint.json.JsonLimits;

/**
 * Limits that keep hostile input from exhausting the machine. A document beyond them is rejected
 * with a problem, never with a StackOverflowError or OutOfMemoryError.
 *
 * @param maxDocumentChars the longest document read (default 1 MiB)
 * @param maxDepth the deepest nesting of objects and arrays (default 64)
 * @param maxElements the most JSON values in one document (default 100,000)
 */
public record ParseOptions(int maxDocumentChars, int maxDepth, int maxElements) {

    public static final ParseOptions DEFAULTS = new ParseOptions(1 << 20, 64, 100_000);

    public ParseOptions {
        if (maxDocumentChars < 1 || maxDepth < 1 || maxElements < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ParseOptions withMaxDocumentChars(int chars) {
        return new ParseOptions(chars, maxDepth, maxElements);
    }

    public ParseOptions withMaxDepth(int depth) {
        return new ParseOptions(maxDocumentChars, depth, maxElements);
    }

    public ParseOptions withMaxElements(int elements) {
        return new ParseOptions(maxDocumentChars, maxDepth, elements);
    }

    /** The same limits, as the JSON and YAML readers take them. */
    public JsonLimits jsonLimits() {
        return new JsonLimits(maxDocumentChars, maxDepth, maxElements);
    }

    /**
     * The limits for a Terraform plan or a whole account's authorization details, which run far
     * larger than any policy or template (tens of megabytes for a large workspace or account):
     * 64 times the characters and 40 times the elements (64 MiB and 4,000,000 by default), the same depth.
     */
    public JsonLimits containerLimits() {
        return new JsonLimits(scaled(maxDocumentChars, 64), maxDepth, scaled(maxElements, 40));
    }

    private static int scaled(int limit, int factor) {
        return (int) Math.min(Integer.MAX_VALUE, (long) limit * factor);
    }
}
