package dev.iamlint.iac;

import java.util.Objects;

/** Well-formed JSON or YAML without a {@code Resources} map or {@code AWSTemplateFormatVersion}. */
public record NotATemplate(String path, TemplateFormat format) implements TemplateRead {

    public NotATemplate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
