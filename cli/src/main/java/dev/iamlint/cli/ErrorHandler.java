package dev.iamlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on stderr and an exit code: bad input and bad usage
 * give 2, anything unexpected 70, with the stack trace only under {@code --verbose}.
 */
final class ErrorHandler implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof InputException || exception instanceof ParameterException
                ? ExitCodes.INPUT_ERROR
                : ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult fullParseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InputException input) {
            input.lines().forEach(line -> err.println(TerminalText.printable(line)));
        } else {
            err.println("iamlint: internal error: " + exception);
            if (LoggingOptions.verbose(fullParseResult)) {
                exception.printStackTrace(err);
            } else {
                err.println("Run again with --verbose for the stack trace.");
            }
        }
        err.flush();
        return getExitCode(exception);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + TerminalText.printable(exception.getMessage()));
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return getExitCode(exception);
    }
}
