package dev.iamlint.cli.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.KindVerdict;
import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.Verdict;
import dev.iamlint.model.Effect;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SimulateCustomPolicy response as the AWS CLI prints it: field names and order as in the
 * IAM API model, 4-space indentation, {@code "Key": value}.
 *
 * <p>Following the IAM API reference, each action gets one EvaluationResult: its top-level
 * decision is the most restrictive over the resources, and when the request names resource ARNs
 * (not just {@code *}), {@code ResourceSpecificResults} gives each resource's own decision.
 * EvalResourceName is present when there is a single resource.
 */
public final class ResponseJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseJson() {}

    /** The response, pretty-printed as the AWS CLI prints it, with a final newline. */
    public static String pretty(Simulation simulation) {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return write(MAPPER.writer(printer), simulation) + "\n";
    }

    /** The response on one line, for JSON Lines output. */
    public static String compact(Simulation simulation) {
        return write(MAPPER.writer(), simulation);
    }

    private static String write(ObjectWriter writer, Simulation simulation) {
        try {
            return writer.writeValueAsString(response(simulation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode response(Simulation simulation) {
        ObjectNode response = NODES.objectNode();
        ArrayNode results = response.putArray("EvaluationResults");
        simulation.actions().forEach(action -> results.add(evaluationResult(simulation, action)));
        response.put("IsTruncated", false);
        return response;
    }

    private static ObjectNode evaluationResult(Simulation simulation, Simulation.ActionResult action) {
        List<Simulation.ResourceResult> resources = action.resources();
        ObjectNode result = NODES.objectNode();
        result.put("EvalActionName", action.action());
        if (resources.size() == 1) {
            result.put("EvalResourceName", resources.get(0).resource());
        }
        result.put("EvalDecision", mostRestrictive(resources).awsName());
        Set<MatchedStatement> statements = new LinkedHashSet<>();
        Set<String> missing = new TreeSet<>();
        for (Simulation.ResourceResult resource : resources) {
            statements.addAll(decisive(resource.evaluation()));
            missing.addAll(resource.evaluation().missingContextKeys());
        }
        result.set("MatchedStatements", statements(statements));
        result.set("MissingContextValues", strings(missing));
        if (simulation.organizationsGiven()) {
            result.putObject("OrganizationsDecisionDetail").put("AllowedByOrganizations",
                    resources.stream().allMatch(r -> allowedBy(r.evaluation(), PolicyType.SERVICE_CONTROL, PolicyType.RESOURCE_CONTROL)));
        }
        if (simulation.boundaryGiven()) {
            result.set("PermissionsBoundaryDecisionDetail", boundaryDetail(
                    resources.stream().allMatch(r -> allowedBy(r.evaluation(), PolicyType.PERMISSIONS_BOUNDARY))));
        }
        // AWS leaves both out when the only resource is "*".
        if (resources.stream().anyMatch(r -> !r.resource().equals("*"))) {
            Map<String, Decision> details = new LinkedHashMap<>();
            resources.stream().filter(Simulation.ResourceResult::crossAccount)
                    .forEach(r -> decisionDetails(r.evaluation()).forEach((kind, decision) ->
                            details.merge(kind, decision, ResponseJson::moreRestrictive)));
            result.set("EvalDecisionDetails", details(details));
            ArrayNode specific = result.putArray("ResourceSpecificResults");
            resources.forEach(r -> specific.add(resourceSpecificResult(simulation, r)));
        }
        return result;
    }

    private static ObjectNode resourceSpecificResult(Simulation simulation, Simulation.ResourceResult resource) {
        EvaluationResult evaluation = resource.evaluation();
        ObjectNode result = NODES.objectNode();
        result.put("EvalResourceName", resource.resource());
        result.put("EvalResourceDecision", evaluation.decision().awsName());
        result.set("MatchedStatements", statements(decisive(evaluation)));
        result.set("MissingContextValues", strings(evaluation.missingContextKeys()));
        if (resource.crossAccount()) {
            result.set("EvalDecisionDetails", details(decisionDetails(evaluation)));
        }
        if (simulation.boundaryGiven()) {
            result.set("PermissionsBoundaryDecisionDetail",
                    boundaryDetail(allowedBy(evaluation, PolicyType.PERMISSIONS_BOUNDARY)));
        }
        return result;
    }

    /**
     * The statements that decide, as AWS lists them: the denying statements of an explicit deny,
     * the allowing statements of an allow, none for an implicit deny.
     */
    static List<MatchedStatement> decisive(EvaluationResult evaluation) {
        Effect effect = switch (evaluation.decision()) {
            case EXPLICIT_DENY -> Effect.DENY;
            case ALLOWED -> Effect.ALLOW;
            case IMPLICIT_DENY -> null;
        };
        return evaluation.matchedStatements().stream().filter(s -> s.effect() == effect).toList();
    }

    private static ArrayNode statements(Iterable<MatchedStatement> statements) {
        ArrayNode array = NODES.arrayNode();
        for (MatchedStatement statement : statements) {
            ObjectNode node = array.addObject();
            node.put("SourcePolicyId", statement.policyId());
            node.put("SourcePolicyType", sourcePolicyType(statement.policyType()));
            ObjectNode start = node.putObject("StartPosition");
            start.put("Line", statement.range().line());
            start.put("Column", statement.range().column());
            ObjectNode end = node.putObject("EndPosition");
            end.put("Line", statement.range().endLine());
            end.put("Column", statement.range().endColumn());
        }
        return array;
    }

    /**
     * SourcePolicyType as IAM reports it for custom policies ("IAM Policy", "Resource Policy",
     * "Permissions Boundary Policy"; the documented enum differs from what the service returns).
     * SCPs, RCPs, session and VPC endpoint policies are iamlint's additions, named alike.
     */
    static String sourcePolicyType(PolicyType type) {
        return switch (type) {
            case IDENTITY -> "IAM Policy";
            case RESOURCE -> "Resource Policy";
            case PERMISSIONS_BOUNDARY -> "Permissions Boundary Policy";
            case SERVICE_CONTROL -> "Service Control Policy";
            case RESOURCE_CONTROL -> "Resource Control Policy";
            case SESSION -> "Session Policy";
            case VPC_ENDPOINT -> "VPC Endpoint Policy";
        };
    }

    /** What each kind of policy decided on its own, for cross-account results. */
    private static Map<String, Decision> decisionDetails(EvaluationResult evaluation) {
        Map<String, Decision> details = new LinkedHashMap<>();
        for (KindVerdict verdict : evaluation.verdicts()) {
            decision(verdict.verdict()).ifPresent(d ->
                    details.merge(sourcePolicyType(verdict.type()), d, ResponseJson::moreRestrictive));
        }
        return details;
    }

    private static ObjectNode details(Map<String, Decision> details) {
        ObjectNode node = NODES.objectNode();
        details.forEach((kind, decision) -> node.put(kind, decision.awsName()));
        return node;
    }

    /** A verdict as a decision; a kind that is absent takes no part. */
    private static Optional<Decision> decision(Verdict verdict) {
        return switch (verdict) {
            case ALLOW -> Optional.of(Decision.ALLOWED);
            case DENY -> Optional.of(Decision.EXPLICIT_DENY);
            case NO_MATCH, UNKNOWN -> Optional.of(Decision.IMPLICIT_DENY);
            case ABSENT -> Optional.empty();
        };
    }

    /** Whether every policy of these kinds (every level, for SCPs and RCPs) allows. */
    static boolean allowedBy(EvaluationResult evaluation, PolicyType... types) {
        List<PolicyType> kinds = List.of(types);
        return evaluation.verdicts().stream()
                .filter(v -> kinds.contains(v.type()) && v.verdict() != Verdict.ABSENT)
                .allMatch(v -> v.verdict() == Verdict.ALLOW);
    }

    private static ObjectNode boundaryDetail(boolean allowed) {
        ObjectNode node = NODES.objectNode();
        node.put("AllowedByPermissionsBoundary", allowed);
        return node;
    }

    private static Decision mostRestrictive(List<Simulation.ResourceResult> resources) {
        return resources.stream()
                .map(r -> r.evaluation().decision())
                .max(Comparator.comparingInt(ResponseJson::restriction))
                .orElseThrow();
    }

    private static Decision moreRestrictive(Decision a, Decision b) {
        return restriction(a) >= restriction(b) ? a : b;
    }

    private static int restriction(Decision decision) {
        return switch (decision) {
            case ALLOWED -> 0;
            case IMPLICIT_DENY -> 1;
            case EXPLICIT_DENY -> 2;
        };
    }

    private static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
