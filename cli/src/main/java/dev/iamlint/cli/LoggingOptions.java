package dev.iamlint.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --verbose}, shared by every command. */
public final class LoggingOptions {

    private static final String VERBOSE = "--verbose";

    @Option(names = {"-v", VERBOSE}, description = "Print stack traces of internal errors.")
    boolean verbose;

    /** Whether {@code --verbose} was given to the command or any of its subcommands. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
