package dev.iamlint.report;

import dev.iamlint.source.Severity;
import java.util.Locale;

/** Severities as every format spells them, which are SARIF's levels: error, warning, note. */
final class Levels {

    private Levels() {}

    static String of(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
