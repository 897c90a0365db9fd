package dev.iamlint.iac;

import dev.iamlint.parse.Problem;
import java.util.Objects;

/** A file that is not well-formed JSON or YAML, or exceeds a limit; {@code problem} says where. */
public record UnreadableTemplate(String path, TemplateFormat format, Problem problem) implements TemplateRead {

    public UnreadableTemplate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code path:line:column: message}, the form compilers print and IDEs link. */
    @Override
    public String toString() {
        return path + ":" + problem;
    }
}
