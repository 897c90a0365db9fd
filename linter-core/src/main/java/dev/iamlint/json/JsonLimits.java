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
}
