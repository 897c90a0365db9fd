package dev.iamlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
            return commandLine(new IamLintCommand(), out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A command line for {@code command} with iamlint's error handling and output writers. */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                // Policy JSON and ARNs are data: an argument starting with @ is not a file to expand.
                .setExpandAtFiles(false)
                .setExitCodeExceptionMapper(errors)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
