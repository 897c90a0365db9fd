package dev.iamlint.source;

/** How serious a problem or finding is; SARIF's levels. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
