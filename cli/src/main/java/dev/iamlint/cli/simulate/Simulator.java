package dev.iamlint.cli.simulate;

import dev.iamlint.cli.InputException;
import dev.iamlint.eval.Caller;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.Request;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a simulation as IAM's SimulateCustomPolicy does, offline: validates the input, parses every
 * policy (reporting every error at once), then evaluates each action on each resource.
 */
public final class Simulator {

    /** The account of the default caller when no resource names its owner (AWS's documentation account). */
    static final String DEFAULT_ACCOUNT = "123456789012";
    private static final String DEFAULT_CALLER_NAME = "iamlint-simulated-caller";

    // arn:partition:service:region:account:resource. The resource part may hold wildcards, as the
    // IAM simulator accepts resources such as arn:aws:s3:::bucket/*.
    private static final Pattern ARN =
            Pattern.compile("arn:([a-z0-9-]+):([a-z0-9-]+):([a-z0-9-]*):(\\d{12}|aws)?:(\\P{Cntrl}+)");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ARN = Pattern.compile("arn:[a-z0-9-]+:iam::(\\d{12}):root");
    // service:Action; the simulator takes no wildcards in action names.
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9_-]+");

    private final PolicyParser parser = PolicyParser.withDefaults();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> files = new HashMap<>();

    private Simulator() {}

    public static Simulation run(SimulationInput input) {
        return new Simulator().simulate(input);
    }

    private record CallerChoice(Caller caller, String origin) {}

    private Simulation simulate(SimulationInput input) {
        if (input.policies().isEmpty()) {
            throw InputException.error("--policy-input-list (PolicyInputList) is required");
        }
        if (input.actionNames().isEmpty()) {
            throw InputException.error("--action-names (ActionNames) is required");
        }
        if (input.permissionsBoundaries().size() > 1) {
            throw InputException.error("--permissions-boundary-policy-input-list takes at most one policy, as in AWS");
        }
        input.actionNames().forEach(Simulator::requireActionName);
        List<String> resources = input.resourceArns().isEmpty() ? List.of("*") : input.resourceArns();
        resources.forEach(Simulator::requireResourceArn);
        Optional<String> owner = input.resourceOwner().map(Simulator::ownerAccount);
        CallerChoice caller = caller(input, owner, resources);
        input.resourceHandlingOption().ifPresent(option -> notes.add("note: ResourceHandlingOption " + option
                + " is accepted and ignored: iamlint evaluates each resource on its own and does not model EC2 scenarios"));

        PolicySet policies = policies(input);
        if (!errors.isEmpty()) {
            throw InputException.located(errors);
        }
        Evaluator evaluator;
        try {
            evaluator = Evaluator.compile(policies);
        } catch (IllegalArgumentException e) {
            throw InputException.error("cannot evaluate the policies: " + e.getMessage());
        }
        RequestContext context = context(input.contextEntries());

        List<Simulation.ActionResult> actions = new ArrayList<>();
        for (String action : input.actionNames()) {
            List<Simulation.ResourceResult> results = new ArrayList<>();
            for (String resource : resources) {
                // An ARN that names its account owns the resource; --resource-owner covers the rest (S3).
                Optional<String> account = arnAccount(resource).isPresent() ? Optional.empty() : owner;
                Request request = new Request(caller.caller(), action, resource, account, context);
                boolean crossAccount = caller.caller().account().isPresent()
                        && !caller.caller().account().equals(request.effectiveResourceAccount());
                results.add(new Simulation.ResourceResult(resource, crossAccount, evaluator.evaluate(request)));
            }
            actions.add(new Simulation.ActionResult(action, results));
        }
        return new Simulation(caller.caller(), caller.origin(), input.permissionsBoundaries().size() == 1,
                !input.serviceControlLevels().isEmpty() || !input.resourceControlLevels().isEmpty(),
                actions, files, notes);
    }

    private static void requireActionName(String action) {
        if (!ACTION.matcher(action).matches()) {
            throw InputException.error("--action-names: " + action
                    + " is not an action name (service:Action, without wildcards, e.g. ecr:BatchGetImage)");
        }
    }

    private static void requireResourceArn(String resource) {
        if (!resource.equals("*") && !ARN.matcher(resource).matches()) {
            throw InputException.error("--resource-arns: " + resource
                    + " is not an ARN (expected * or arn:partition:service:region:account:resource)");
        }
    }

    /** The account id of {@code --resource-owner}: an account id, or an account ARN as AWS documents it. */
    private static String ownerAccount(String owner) {
        if (ACCOUNT_ID.matcher(owner).matches()) {
            return owner;
        }
        Matcher arn = ACCOUNT_ARN.matcher(owner);
        if (arn.matches()) {
            return arn.group(1);
        }
        throw InputException.error("--resource-owner: " + owner
                + " is not an account (expected 123456789012 or arn:aws:iam::123456789012:root)");
    }

    private static Optional<String> arnAccount(String resource) {
        Matcher arn = ARN.matcher(resource);
        return arn.matches() && arn.group(4) != null && ACCOUNT_ID.matcher(arn.group(4)).matches()
                ? Optional.of(arn.group(4))
                : Optional.empty();
    }

    /**
     * The caller: {@code --caller-arn}, or a neutral IAM user in the resource owner's account. AWS
     * requires CallerArn with a resource policy, whose Principal needs someone to match.
     */
    private static CallerChoice caller(SimulationInput input, Optional<String> owner, List<String> resources) {
        if (input.callerArn().isPresent()) {
            try {
                return new CallerChoice(Caller.parse(input.callerArn().get()), "given by --caller-arn (CallerArn)");
            } catch (IllegalArgumentException e) {
                throw InputException.error("--caller-arn: " + e.getMessage());
            }
        }
        if (input.resourcePolicy().isPresent()) {
            throw InputException.error("--caller-arn (CallerArn) is required with --resource-policy, as in AWS:"
                    + " the resource policy's Principal needs a caller to match");
        }
        Optional<Matcher> firstArn = resources.stream()
                .map(ARN::matcher)
                .filter(Matcher::matches)
                .findFirst();
        String partition = firstArn.map(m -> m.group(1)).orElse("aws");
        Optional<String> resourceAccount = resources.stream().flatMap(r -> arnAccount(r).stream()).findFirst();
        String account;
        String why;
        if (owner.isPresent()) {
            account = owner.get();
            why = "the resource owner's account, from --resource-owner";
        } else if (resourceAccount.isPresent()) {
            account = resourceAccount.get();
            why = "the resource owner's account, from the resource ARN";
        } else {
            account = DEFAULT_ACCOUNT;
            why = "account " + DEFAULT_ACCOUNT + ", as no resource names its owner";
        }
        String arn = "arn:" + partition + ":iam::" + account + ":user/" + DEFAULT_CALLER_NAME;
        return new CallerChoice(Caller.parse(arn),
                "chosen as no --caller-arn was given: a neutral IAM user in " + why);
    }

    private PolicySet policies(SimulationInput input) {
        PolicySet.Builder set = PolicySet.builder();
        for (int i = 0; i < input.policies().size(); i++) {
            parse(input.policies().get(i), "PolicyInputList." + (i + 1), PolicyType.IDENTITY, PolicyKind.IDENTITY)
                    .ifPresent(set::addIdentity);
        }
        for (PolicyText boundary : input.permissionsBoundaries()) {
            parse(boundary, "PermissionsBoundaryPolicyInputList.1", PolicyType.PERMISSIONS_BOUNDARY, PolicyKind.IDENTITY)
                    .ifPresent(set::permissionsBoundary);
        }
        input.resourcePolicy()
                .flatMap(p -> parse(p, "ResourcePolicy", PolicyType.RESOURCE, PolicyKind.RESOURCE))
                .ifPresent(set::resourcePolicy);
        levels(input.serviceControlLevels(), "ServiceControlPolicyInputList", PolicyType.SERVICE_CONTROL,
                PolicyKind.SERVICE_CONTROL).forEach(set::addServiceControlLevel);
        levels(input.resourceControlLevels(), "ResourceControlPolicyInputList", PolicyType.RESOURCE_CONTROL,
                PolicyKind.RESOURCE_CONTROL).forEach(set::addResourceControlLevel);
        return set.build();
    }

    /** Levels are numbered from 1 (the root), policies within a level from 1: {@code ServiceControlPolicyInputList.2.1}. */
    private List<List<PolicyInput>> levels(List<List<PolicyText>> levels, String name, PolicyType type, PolicyKind kind) {
        List<List<PolicyInput>> parsed = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            List<PolicyInput> inputs = new ArrayList<>();
            for (int i = 0; i < levels.get(level).size(); i++) {
                String id = name + "." + (level + 1) + "." + (i + 1);
                parse(levels.get(level).get(i), id, type, kind).ifPresent(inputs::add);
            }
            parsed.add(inputs);
        }
        return parsed;
    }

    /** Parses one policy; its problems are named by its file, or by its AWS id for inline text. */
    private Optional<PolicyInput> parse(PolicyText text, String id, PolicyType type, PolicyKind kind) {
        String origin = text.file().orElse(id);
        text.file().ifPresent(file -> files.put(id, file));
        ParseResult result = parser.parse(text.text(), kind);
        for (Problem problem : result.problems()) {
            String line = origin + ":" + problem.range().start() + ": "
                    + problem.severity().name().toLowerCase(Locale.ROOT) + " " + problem.code().id() + " "
                    + problem.message();
            (problem.severity() == Severity.ERROR ? errors : notes).add(line);
        }
        if (result.hasErrors()) {
            if (result.errors().isEmpty()) {
                errors.add(origin + ": error: not a policy document");
            }
            return Optional.empty();
        }
        return Optional.of(new PolicyInput(id, type, result.document().orElseThrow()));
    }

    private static RequestContext context(List<ContextEntry> entries) {
        RequestContext.Builder context = RequestContext.builder(ContextMode.AWS);
        entries.forEach(entry -> context.put(entry.name(), entry.values()));
        return context.build();
    }
}
