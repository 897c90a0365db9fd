package dev.iamlint.eval.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.PolicyType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case of the evaluator conformance suite: the policies by role, one request and what AWS's
 * documentation says the evaluation gives. {@code file} is the file name the case came from.
 */
public record ConformanceCase(String file, String name, String source, Policies policies, CaseRequest request, Expectation expect) {

    public ConformanceCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expect, "expect");
    }

    /** "file: name", the display name of the case's test. */
    public String displayName() {
        return file + ": " + name;
    }

    /**
     * The policy documents as written in the case, by role. SCP and RCP levels run root first;
     * an empty level is a level where nothing is attached.
     */
    public record Policies(
            List<JsonNode> identity,
            Optional<JsonNode> boundary,
            List<JsonNode> session,
            List<List<JsonNode>> scp,
            List<List<JsonNode>> rcp,
            Optional<JsonNode> resource,
            Optional<JsonNode> vpcEndpoint) {

        public Policies {
            identity = List.copyOf(identity);
            Objects.requireNonNull(boundary, "boundary");
            session = List.copyOf(session);
            scp = scp.stream().map(List::copyOf).toList();
            rcp = rcp.stream().map(List::copyOf).toList();
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(vpcEndpoint, "vpcEndpoint");
        }

        /** Every document of the case, whatever its role. */
        public Stream<JsonNode> all() {
            return Stream.of(
                            identity.stream(),
                            boundary.stream(),
                            session.stream(),
                            scp.stream().flatMap(List::stream),
                            rcp.stream().flatMap(List::stream),
                            resource.stream(),
                            vpcEndpoint.stream())
                    .flatMap(s -> s);
        }
    }

    /**
     * The request. {@code caller} is an ARN, a service principal or {@code anonymous}; context
     * values are strings, and an empty list is a key present with no value.
     */
    public record CaseRequest(
            String caller,
            String action,
            String resource,
            Optional<String> resourceAccount,
            Map<String, List<String>> context,
            ContextMode mode) {

        public CaseRequest {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(resourceAccount, "resourceAccount");
            context = Map.copyOf(context);
            Objects.requireNonNull(mode, "mode");
        }

        /** Whether the request supplies the key; key names are case-insensitive, as in IAM. */
        public boolean supplies(String key) {
            return context.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key));
        }
    }

    /** What the evaluation must give; every empty optional is left unchecked. */
    public record Expectation(
            Decision decision,
            Optional<Set<StatementRef>> matched,
            Optional<Set<String>> missingKeys,
            Optional<Decision> bestCase,
            Optional<PolicyType> decidedBy) {

        public Expectation {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(matched, "matched");
            Objects.requireNonNull(missingKeys, "missingKeys");
            Objects.requireNonNull(bestCase, "bestCase");
            Objects.requireNonNull(decidedBy, "decidedBy");
        }
    }

    /** A statement by the id of its policy (identity.0, scp.1.0, resource, …) and its index there. */
    public record StatementRef(String policyId, int statementIndex) {

        public StatementRef {
            Objects.requireNonNull(policyId, "policyId");
        }

        @Override
        public String toString() {
            return policyId + "#" + statementIndex;
        }
    }
}
