package dev.iamlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: {@code iamlint <command>}. */
@Command(
        name = "iamlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lints and evaluates AWS IAM policies, offline.",
        subcommands = {LintCommand.class, RulesCommand.class, SimulateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:ok",
            " 1:findings at or above the failure threshold",
            " 2:usage or input error",
            " 3:incomplete: a live check could not read everything",
            "70:internal error"
        })
final class IamLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
