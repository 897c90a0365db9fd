package dev.iamlint.cli;

import picocli.CommandLine.Option;

/** {@code --output}: machine-readable JSON or a table for people. */
public final class OutputOptions {

    /** Output formats, named as the AWS CLI names them. */
    public enum Format {
        json,
        table
    }

    @Option(names = "--output", paramLabel = "json|table", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    public Format format() {
        return format;
    }
}
