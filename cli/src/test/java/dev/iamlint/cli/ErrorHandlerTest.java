package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** How failures inside a command reach the user: one line and an exit code, stack traces only on request. */
class ErrorHandlerTest {

    @Command(name = "fails")
    static final class FailingCommand implements Callable<Integer> {
        @Mixin
        LoggingOptions logging;

        private final RuntimeException failure;

        FailingCommand(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private record Outcome(int exitCode, String err) {}

    private static Outcome run(RuntimeException failure, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new FailingCommand(failure), new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorOnOneLine() {
        Outcome outcome = run(new IllegalStateException("no evaluator"));

        assertEquals(70, outcome.exitCode());
        assertEquals(List.of("iamlint: internal error: java.lang.IllegalStateException: no evaluator",
                "Run again with --verbose for the stack trace."), outcome.err().lines().toList());
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Outcome outcome = run(new IllegalStateException("no evaluator"), "--verbose");

        assertEquals(70, outcome.exitCode());
        assertTrue(outcome.err().contains("\tat dev.iamlint.cli.ErrorHandlerTest.verbosePrintsTheStackTrace"), outcome::toString);
    }

    @Test
    void inputErrorExitsTwoWithItsLinesOnly() {
        Outcome outcome = run(InputException.located(List.of("a.json:1:2: error IAM001 one", "a.json:3:4: error IAM004 two")),
                "--verbose");

        assertEquals(2, outcome.exitCode());
        assertEquals(List.of("a.json:1:2: error IAM001 one", "a.json:3:4: error IAM004 two"), outcome.err().lines().toList());
    }

    @Test
    void controlCharactersInMessagesAreNeutralised() {
        Outcome outcome = run(InputException.error("--resource-arns: arn\u001b[31m is not an ARN"));

        assertEquals("error: --resource-arns: arn?[31m is not an ARN", outcome.err().strip());
        assertFalse(outcome.err().contains("\u001b"));
    }
}
