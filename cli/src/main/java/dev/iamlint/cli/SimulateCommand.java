package dev.iamlint.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iamlint.cli.simulate.CliInputJson;
import dev.iamlint.cli.simulate.Explanation;
import dev.iamlint.cli.simulate.ParamValues;
import dev.iamlint.cli.simulate.ResponseJson;
import dev.iamlint.cli.simulate.Simulation;
import dev.iamlint.cli.simulate.SimulationInput;
import dev.iamlint.cli.simulate.Simulator;
import dev.iamlint.cli.simulate.TableFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iamlint simulate}: an offline {@code aws iam simulate-custom-policy}. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Simulates IAM policies offline, as 'aws iam simulate-custom-policy' does, and prints the response"
                    + " in the same JSON shape. Takes the same options, plus SCPs, RCPs, --explain and --batch.",
            "",
            "Every value may be given inline or as file://PATH. List options take several values"
                    + " (--action-names a b) or one JSON array."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            " 0  simulated (whatever the decisions are)",
            " 2  usage or input error (with --batch: any bad line)",
            "70  internal error"
        })
final class SimulateCommand implements Callable<Integer> {

    private static final String CLI_INPUT_JSON = "--cli-input-json";

    @Spec
    CommandSpec spec;

    @Option(names = "--policy-input-list", arity = "1..*", paramLabel = "POLICY",
            description = "Identity-based policies (JSON documents) to simulate.")
    List<String> policyInputList;

    @Option(names = "--permissions-boundary-policy-input-list", arity = "1..*", paramLabel = "POLICY",
            description = "The permissions boundary (one policy, as in AWS).")
    List<String> permissionsBoundaryPolicyInputList;

    @Option(names = "--action-names", arity = "1..*", paramLabel = "ACTION",
            description = "Actions to evaluate, e.g. ecr:BatchGetImage (no wildcards).")
    List<String> actionNames;

    @Option(names = "--resource-arns", arity = "1..*", paramLabel = "ARN",
            description = "Resources to evaluate every action on: * or arn:partition:service:region:account:resource"
                    + " (default: *).")
    List<String> resourceArns;

    @Option(names = "--resource-policy", paramLabel = "POLICY",
            description = "A resource-based policy; needs --caller-arn, as in AWS.")
    String resourcePolicy;

    @Option(names = "--resource-owner", paramLabel = "ACCOUNT",
            description = "Owner of resources whose ARN names no account (e.g. S3): an account id or"
                    + " arn:aws:iam::ACCOUNT:root.")
    String resourceOwner;

    @Option(names = "--caller-arn", paramLabel = "ARN",
            description = "The caller. Default: an IAM user in the resource owner's account, or in 123456789012.")
    String callerArn;

    @Option(names = "--context-entries", arity = "1..*", paramLabel = "ENTRY",
            description = {"Condition keys and values, each as shorthand"
                    + " ContextKeyName=aws:SourceVpce,ContextKeyValues=vpce-1,vpce-2,ContextKeyType=stringList",
                    "or JSON [{\"ContextKeyName\": ..., \"ContextKeyValues\": [...], \"ContextKeyType\": ...}]."})
    List<String> contextEntries;

    @Option(names = "--resource-handling-option", paramLabel = "OPTION",
            description = "Accepted for compatibility and ignored (EC2 scenarios are not modelled).")
    String resourceHandlingOption;

    @Option(names = "--scp-input-list", paramLabel = "LEVELS",
            description = "Service control policies: a JSON list of levels, root first, each a list of policy"
                    + " strings (JSON text or file://PATH). Every level must allow.")
    String scpInputList;

    @Option(names = "--rcp-input-list", paramLabel = "LEVELS",
            description = "Resource control policies, in the same form as --scp-input-list.")
    String rcpInputList;

    @Option(names = CLI_INPUT_JSON, paramLabel = "JSON",
            description = "All parameters as one JSON object in the AWS CLI's shape (PolicyInputList, ActionNames,"
                    + " ..., plus ServiceControlPolicyInputList and ResourceControlPolicyInputList)."
                    + " Options given as well override it.")
    String cliInputJson;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "Runs many simulations: FILE holds one --cli-input-json object per line; prints one"
                    + " response per line. A bad line is reported with its line number and the rest still runs.")
    String batch;

    @Option(names = "--explain",
            description = "Explains each decision: every policy kind's verdict, the deciding statement and the reason."
                    + " Printed after the table, or on stderr with JSON output so that stdout stays JSON.")
    boolean explain;

    @Mixin
    OutputOptions output;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulationInput.Builder base = cliInputJson == null
                ? SimulationInput.builder()
                : CliInputJson.read(ParamValues.load(CLI_INPUT_JSON, cliInputJson), ParamValues.origin(CLI_INPUT_JSON, cliInputJson), 1);
        SimulationInput.Builder options = optionValues();
        if (batch != null) {
            return runBatch(base.overriddenBy(options), out, err);
        }
        Simulation simulation = Simulator.run(base.overriddenBy(options).build());
        simulation.notes().forEach(note -> err.println(TerminalText.printable(note)));
        if (output.format() == OutputOptions.Format.table) {
            TableFormat.write(simulation, out);
            if (explain) {
                out.println();
                Explanation.write(simulation, out);
            }
        } else {
            out.print(ResponseJson.pretty(simulation));
            if (explain) {
                Explanation.write(simulation, err);
            }
        }
        return ExitCodes.OK;
    }

    /** The parameters given as options; options not given stay unset. */
    private SimulationInput.Builder optionValues() {
        SimulationInput.Builder input = SimulationInput.builder();
        if (policyInputList != null) {
            input.policies(ParamValues.policies("--policy-input-list", policyInputList));
        }
        if (permissionsBoundaryPolicyInputList != null) {
            input.permissionsBoundaries(ParamValues.policies("--permissions-boundary-policy-input-list",
                    permissionsBoundaryPolicyInputList));
        }
        if (actionNames != null) {
            input.actionNames(ParamValues.strings("--action-names", actionNames));
        }
        if (resourceArns != null) {
            input.resourceArns(ParamValues.strings("--resource-arns", resourceArns));
        }
        if (resourcePolicy != null) {
            input.resourcePolicy(ParamValues.policy("--resource-policy", resourcePolicy));
        }
        if (resourceOwner != null) {
            input.resourceOwner(ParamValues.load("--resource-owner", resourceOwner));
        }
        if (callerArn != null) {
            input.callerArn(ParamValues.load("--caller-arn", callerArn));
        }
        if (contextEntries != null) {
            input.contextEntries(ParamValues.contextEntries("--context-entries", contextEntries));
        }
        if (resourceHandlingOption != null) {
            input.resourceHandlingOption(ParamValues.load("--resource-handling-option", resourceHandlingOption));
        }
        if (scpInputList != null) {
            input.serviceControlLevels(ParamValues.levels("--scp-input-list", scpInputList));
        }
        if (rcpInputList != null) {
            input.resourceControlLevels(ParamValues.levels("--rcp-input-list", rcpInputList));
        }
        return input;
    }

    /**
     * One simulation per non-blank line, one response per line. A bad line gets an error object on
     * stdout, so that output lines still pair with scenarios, and its message on stderr.
     */
    private int runBatch(SimulationInput.Builder defaults, PrintWriter out, PrintWriter err) {
        if (output.format() == OutputOptions.Format.table) {
            throw InputException.error("--batch writes JSON Lines; --output table cannot be used with it");
        }
        List<String> lines = ParamValues.read("--batch", batch).lines().toList();
        boolean anyBad = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String prefix = batch + ":" + lineNumber + ": ";
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                SimulationInput.Builder scenario = CliInputJson.read(lines.get(i), batch, lineNumber);
                Simulation simulation = Simulator.run(defaults.overriddenBy(scenario).build());
                out.println(ResponseJson.compact(simulation));
                simulation.notes().forEach(note -> err.println(TerminalText.printable(prefix + note)));
                if (explain) {
                    err.println(prefix + "explanation:");
                    Explanation.write(simulation, err);
                }
            } catch (InputException e) {
                anyBad = true;
                // Messages that carry their own position (batch file:line:column) need no prefix.
                e.lines().forEach(line -> err.println(TerminalText.printable(
                        line.startsWith(batch + ":") ? line : prefix + line)));
                out.println(errorLine(lineNumber, e));
            }
        }
        return anyBad ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
    }

    private static String errorLine(int lineNumber, InputException e) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.putObject("Error")
                .put("Line", lineNumber)
                .put("Message", String.join("\n", e.lines()));
        return error.toString();
    }
}
