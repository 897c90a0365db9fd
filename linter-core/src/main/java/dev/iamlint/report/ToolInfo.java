package dev.iamlint.report;

import java.util.Objects;

/** How SARIF names the tool that made a report: its version and where to read about it. */
public record ToolInfo(String version, String informationUri) {

    public ToolInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(informationUri, "informationUri");
    }
}
