package dev.iamlint.cli;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.config.ProjectConfig;
import dev.iamlint.lint.FailOn;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.report.JsonFormatter;
import dev.iamlint.report.ReportFormatter;
import dev.iamlint.report.SarifFormatter;
import dev.iamlint.report.TextFormatter;
import dev.iamlint.report.ToolInfo;
import dev.iamlint.rules.RuleRegistry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iamlint lint}: runs the rules and requirement checks over policy files and reports the findings. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Lints IAM policy files: every rule ('iamlint rules' lists them), and with --require, whether each identity"
                    + " policy grants what a task needs (an ECR image pull, say).",
            "",
            "Besides policy files, reads the policies held by CloudFormation templates (JSON or YAML), Terraform plans"
                    + " ('terraform show -json') and account authorization details ('aws iam get-account-authorization-details'),"
                    + " with findings at their place in the file; with --require, each node role in them (one an EKS node"
                    + " group names, or that EC2 may assume) is checked with its inline and attached AWS managed policies.",
            "",
            "A JSON file that is not a policy is skipped (--verbose lists each file and what it was read as), so a whole"
                    + " repository can be linted. Configuration comes from --config or the nearest .iamlint.yaml in the working directory or above it."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            " 0  no finding at or above --fail-on",
            " 1  findings at or above --fail-on",
            " 2  usage error, bad configuration or baseline, or unreadable input",
            "    (every other input is still linted and reported)",
            "70  internal error"
        })
final class LintCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format {
        text,
        json,
        sarif
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Policy, template, Terraform plan or state and account files, and directories to search for *.json,"
                    + " *.template.yaml and *.template.yml files (recursively, skipping hidden directories and"
                    + " node_modules); - reads standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Writes the report to FILE instead of standard output (- is standard output), making its"
                    + " folders if need be.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exits 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: the nearest " + ProjectConfig.FILE_NAME
                    + " in the working directory or above it).")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Drops the findings whose fingerprints FILE lists (see --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Writes the fingerprints of the current findings to FILE (- is standard output), to accept"
                    + " them, and exits 0 (2 if an input cannot be read).")
    Path writeBaseline;

    @Mixin
    RequirementOptions requirements;

    @Mixin
    TemplateOptions templates;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // --verbose before or after "lint".
        boolean verbose = LoggingOptions.verbose(spec.root().commandLine().getParseResult());
        RuleRegistry registry = RuleRegistry.builtin();
        Optional<Path> configFile = config != null ? Optional.of(config) : ConfigFile.find(Path.of(""));
        ProjectConfig project = projectConfig(configFile, registry, verbose, err);
        // A baseline being written records every current finding, including those an older one accepted.
        Set<String> accepted = baseline == null || writeBaseline != null ? Set.of() : Baseline.read(baseline);
        LintConfig lintConfig = project.lint().withBaseline(accepted);

        PolicyFiles.Collected inputs = PolicyFiles.collect(paths, System.in);
        LintRequest request = requirements.applyTo(LintRequest.of(inputs.sources(), lintConfig), project)
                .withPrincipals(project.principals())
                .withParameters(templates.over(project.templateParameters()));
        LintResult linted = new Linter(registry, ActionCatalog.bundled(), PolicyParser.withDefaults()).lint(request);
        List<FileResult> files = new ArrayList<>(linted.files());
        files.addAll(inputs.failures());
        LintResult result = new LintResult(linted.findings(), files, linted.requirements(), linted.warnings());

        for (FileResult failure : inputs.failures()) {
            err.println(TerminalText.printable("error: " + failure.path() + ": " + failure.error().orElseThrow()));
        }
        // The request's principal selectors are the configuration's.
        String warnedAbout = configFile.map(file -> file + ": ").orElse("");
        for (String warning : linted.warnings()) {
            err.println(TerminalText.printable("warning: " + warnedAbout + warning));
        }
        if (verbose) {
            // What each file was taken for: a state or a CLI output read as such is as worth knowing as a skip.
            for (FileResult file : linted.files()) {
                if (file.kind() == FileResult.Kind.NOT_A_POLICY) {
                    err.println(TerminalText.printable(file.path() + ": skipped: not a policy"));
                } else if (file.kind() != FileResult.Kind.ERROR) {
                    err.println(TerminalText.printable(file.path() + ": read as " + file.kind().text()));
                }
            }
        }
        int inputStatus = inputs.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
        if (writeBaseline != null) {
            int written;
            try {
                written = Baseline.write(writeBaseline, spec.commandLine().getOut(), result.findings());
            } catch (IOException e) {
                throw cannotWrite(writeBaseline, e);
            }
            err.println(TerminalText.printable("iamlint: wrote " + written + (written == 1 ? " finding" : " findings")
                    + " to " + (isStandardOutput(writeBaseline) ? "standard output" : writeBaseline)));
            return inputStatus;
        }
        report(result);
        if (inputStatus != ExitCodes.OK) {
            return inputStatus;
        }
        return failOn.failsOn(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static ProjectConfig projectConfig(Optional<Path> file, RuleRegistry registry, boolean verbose, PrintWriter err) {
        if (file.isPresent() && verbose) {
            err.println(TerminalText.printable("iamlint: configuration " + file.get()));
        }
        return file.map(f -> ConfigFile.load(f, registry)).orElse(ProjectConfig.NONE);
    }

    private void report(LintResult result) {
        try {
            if (output == null || isStandardOutput(output)) {
                formatter(terminalColours()).write(result, spec.commandLine().getOut());
                return;
            }
            createParentDirectories(output);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                formatter(false).write(result, file);
            }
        } catch (IOException e) {
            throw cannotWrite(output, e);
        }
    }

    private ReportFormatter formatter(boolean colour) {
        return switch (format) {
            case text -> new TextFormatter(colour);
            case json -> new JsonFormatter();
            case sarif -> new SarifFormatter(new ToolInfo(VersionProvider.version(), VersionProvider.INFORMATION_URI));
        };
    }

    /** Colour for people at a terminal, unless they ask for none (https://no-color.org). */
    private static boolean terminalColours() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }

    /** "-", as for input paths: a script can name standard output explicitly. */
    static boolean isStandardOutput(Path file) {
        return file.toString().equals("-");
    }

    /** As CI jobs name report files: reports/iamlint.sarif in a fresh checkout. */
    static void createParentDirectories(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static InputException cannotWrite(Path file, IOException e) {
        return InputException.error("cannot write " + file + ": " + FileResult.reason(e));
    }
}
