package dev.iamlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of the {@code iamlint} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs one command line and returns its exit code; tests call this with captured writers, so
     * nothing here may exit the JVM or keep state between runs.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return configure(root(args), out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The root command and its subcommands, or only the one the first argument names: picocli
     * builds each command's model by reflection, which costs milliseconds at every start, and a
     * run uses one command.
     */
    static CommandLine root(String... args) {
        CommandLine root = new CommandLine(new IamLintCommand());
        Supplier<Object> named = args.length > 0 ? IamLintCommand.SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            root.addSubcommand(named.get());
        } else {
            IamLintCommand.SUBCOMMANDS.values().forEach(subcommand -> root.addSubcommand(subcommand.get()));
        }
        return root;
    }

    /** A command line for {@code command} with iamlint's error handling and output writers. */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(command), out, err);
    }

    /** Gives a command line, subcommands added, iamlint's error handling and output writers. */
    private static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        return commandLine
                .setOut(out)
                .setErr(err)
                // Policy JSON and ARNs are data: an argument starting with @ is not a file to expand.
                .setExpandAtFiles(false)
                // --format SARIF and --fail-on Warning mean what they say, as failOn does for the Maven goal.
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(errors)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
