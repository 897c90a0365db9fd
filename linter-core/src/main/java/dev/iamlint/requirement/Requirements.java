package dev.iamlint.requirement;

import dev.iamlint.text.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where requirements come from: the built-in ones shipped in {@code policies/requirements/}, and
 * users' requirement files in the same format.
 *
 * <p>The format, one JSON object:
 * <pre>{@code
 * {
 *   "name": "ecr-pull",
 *   "description": "…",
 *   "permissions": [
 *     {"action": "ecr:GetAuthorizationToken", "resource": "*", "step": "…"},
 *     {"action": "ecr:BatchGetImage", "resource": "${repositoryArn}", "step": "…", "sid": "PullImages"},
 *     {"action": "ecr:CreateRepository", "resource": "${repositoryArn}", "grant": "${cachePrefixArn}",
 *      "unless": "repositoriesExist", "step": "…"}
 *   ],
 *   "notes": ["…"]
 * }
 * }</pre>
 * {@code name} and {@code permissions} are required; a permission needs {@code action} (no
 * wildcards), {@code resource} and {@code step}. Resources are {@code *} or ARN templates with
 * the placeholders of {@link Placeholder}: {@code ${repositoryArn}} (each target repository),
 * {@code ${partition}}, {@code ${region}}, {@code ${account}}; {@code grant} may also use
 * {@code ${cachePrefixArn}} ({@code arn:…:repository/<prefix>/*}). {@code unless} names a flag
 * that makes the permission unnecessary; {@code sid} groups permissions into one statement of the
 * least-privilege policy. Unknown fields are errors.
 */
public final class Requirements {

    /** The built-in requirements, by name; each is {@code <name>.json} in {@code policies/requirements/}. */
    public static final List<String> BUILTIN = List.of("ecr-pull", "ecr-pull-through-cache", "ecr-public-pull");

    private static final String BUILTIN_FOLDER = "builtin/";

    private Requirements() {}

    /**
     * Loads a built-in requirement.
     *
     * @throws IllegalArgumentException if there is none of that name
     */
    public static Requirement builtin(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUILTIN.contains(name)) {
            throw new IllegalArgumentException("no built-in requirement \"" + name + "\" (built in: " + String.join(", ", BUILTIN) + ")");
        }
        String file = name + ".json";
        try (InputStream in = Requirements.class.getResourceAsStream(BUILTIN_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in requirement " + file + " is missing from the class path");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in requirement " + file, e);
        }
    }

    /**
     * Reads a requirement file.
     *
     * @param sourceName how errors name the source, e.g. the file's path
     * @throws InvalidInputException with the source, line and column of the first problem
     */
    public static Requirement read(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return RequirementReader.read(json, sourceName);
    }
}
