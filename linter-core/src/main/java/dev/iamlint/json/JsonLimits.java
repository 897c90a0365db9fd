package dev.iamlint.json;

/**
 * Bounds on what {@link JsonReader} accepts, so hostile input is rejected before it can exhaust
 * memory or time.
 *
 * @param maxDocumentChars the longest text read, in chars
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxElements the most JSON values (containers and scalars) in one document
 */
public record JsonLimits(int maxDocumentChars, int maxDepth, int maxElements) {

    public JsonLimits {
        if (maxDocumentChars < 1 || maxDepth < 1 || maxElements < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    // Written out: limits key the YAML readers' factories, looked up once per template, and a
    // record's generated pair is linked through method handles at first use (milliseconds cold).

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonLimits limits && limits.maxDocumentChars == maxDocumentChars
                && limits.maxDepth == maxDepth && limits.maxElements == maxElements;
    }

    @Override
    public int hashCode() {
        return (maxDocumentChars * 31 + maxDepth) * 31 + maxElements;
    }
}
