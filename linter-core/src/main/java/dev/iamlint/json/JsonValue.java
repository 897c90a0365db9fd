package dev.iamlint.json;

import dev.iamlint.source.SourceRange;

/**
 * A JSON value as written, with where it was written. The tree is lossless for what a linter
 * needs: object members keep their order and their duplicates, numbers keep their raw token.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBool, JsonNull {

    /** From the first character of the value to just past its last one. */
    SourceRange range();

    /** The JSON type name as messages print it: object, array, string, number, boolean or null. */
    String typeName();
}
