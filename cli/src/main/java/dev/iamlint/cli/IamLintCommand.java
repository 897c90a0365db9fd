package dev.iamlint.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: {@code iamlint <command>}; {@link Main} adds the subcommands. */
@Command(
        name = "iamlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lints and evaluates AWS IAM policies, offline.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:ok",
            " 1:findings at or above the failure threshold",
            " 2:usage or input error",
            " 3:incomplete: a live check could not read everything",
            "70:internal error"
        })
final class IamLintCommand implements Callable<Integer> {

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = orderedSubcommands();

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    private static Map<String, Supplier<Object>> orderedSubcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("lint", LintCommand::new);
        subcommands.put("rules", RulesCommand::new);
        subcommands.put("simulate", SimulateCommand::new);
        return Collections.unmodifiableMap(subcommands);
    }
}
