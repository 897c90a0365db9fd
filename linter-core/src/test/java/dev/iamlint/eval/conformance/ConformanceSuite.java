package dev.iamlint.eval.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.conformance.ConformanceCase.CaseRequest;
import dev.iamlint.eval.conformance.ConformanceCase.Expectation;
import dev.iamlint.eval.conformance.ConformanceCase.Policies;
import dev.iamlint.eval.conformance.ConformanceCase.StatementRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the conformance cases from the {@code conformance/} test resources. Reading is strict:
 * an unknown field or a value of the wrong shape fails the whole suite, naming the file and case,
 * so that a typo in an expectation cannot silently leave it unchecked.
 */
public final class ConformanceSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> CASE_FIELDS = Set.of("name", "source", "policies", "request", "expect");
    private static final Set<String> POLICY_ROLES =
            Set.of("identity", "boundary", "session", "scp", "rcp", "resource", "vpcEndpoint");
    private static final Set<String> REQUEST_FIELDS =
            Set.of("caller", "action", "resource", "resourceAccount", "context", "mode");
    private static final Set<String> EXPECT_FIELDS = Set.of("decision", "matched", "missingKeys", "bestCase", "decidedBy");

    private ConformanceSuite() {}

    /** Every case of every {@code *.json} file under the classpath folder {@code conformance/}, by file name. */
    public static List<ConformanceCase> load() {
        URL root = ConformanceSuite.class.getResource("/conformance");
        if (root == null) {
            throw new IllegalStateException("no conformance/ folder on the test classpath");
        }
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            List<ConformanceCase> cases = new ArrayList<>();
            for (Path file : sorted) {
                cases.addAll(read(file));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ConformanceCase> read(Path path) throws IOException {
        String file = path.getFileName().toString();
        JsonNode root = JSON.readTree(path.toFile());
        requireOnly(root, Set.of("cases"), file);
        JsonNode cases = root.path("cases");
        if (!cases.isArray()) {
            throw new IllegalArgumentException(file + ": expected {\"cases\": [...]}");
        }
        List<ConformanceCase> result = new ArrayList<>();
        for (JsonNode node : cases) {
            String name = text(node, "name", file);
            String where = file + ": " + name;
            try {
                result.add(readCase(file, name, node));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static ConformanceCase readCase(String file, String name, JsonNode node) {
        requireOnly(node, CASE_FIELDS, "case");
        return new ConformanceCase(
                file,
                name,
                text(node, "source", "case"),
                readPolicies(node.path("policies")),
                readRequest(object(node, "request", "case")),
                readExpectation(object(node, "expect", "case")));
    }

    private static Policies readPolicies(JsonNode node) {
        if (node.isMissingNode()) {
            return new Policies(List.of(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        requireOnly(node, POLICY_ROLES, "policies");
        return new Policies(
                documents(node.path("identity"), "identity"),
                optionalDocument(node.path("boundary"), "boundary"),
                documents(node.path("session"), "session"),
                levels(node.path("scp"), "scp"),
                levels(node.path("rcp"), "rcp"),
                optionalDocument(node.path("resource"), "resource"),
                optionalDocument(node.path("vpcEndpoint"), "vpcEndpoint"));
    }

    private static List<JsonNode> documents(JsonNode node, String role) {
        if (node.isMissingNode()) {
            return List.of();
        }
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode document : array(node, role)) {
            documents.add(document(document, role));
        }
        return documents;
    }

    private static List<List<JsonNode>> levels(JsonNode node, String role) {
        if (node.isMissingNode()) {
            return List.of();
        }
        List<List<JsonNode>> levels = new ArrayList<>();
        for (JsonNode level : array(node, role)) {
            levels.add(documents(level, role + " level"));
        }
        return levels;
    }

    private static Optional<JsonNode> optionalDocument(JsonNode node, String role) {
        return node.isMissingNode() ? Optional.empty() : Optional.of(document(node, role));
    }

    private static JsonNode document(JsonNode node, String role) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(role + ": a policy document must be a JSON object");
        }
        return node;
    }

    private static CaseRequest readRequest(JsonNode node) {
        requireOnly(node, REQUEST_FIELDS, "request");
        Map<String, List<String>> context = new LinkedHashMap<>();
        JsonNode contextNode = node.path("context");
        if (!contextNode.isMissingNode()) {
            if (!contextNode.isObject()) {
                throw new IllegalArgumentException("request.context must be an object of string arrays");
            }
            contextNode.fields().forEachRemaining(entry -> {
                List<String> values = new ArrayList<>();
                for (JsonNode value : array(entry.getValue(), "request.context." + entry.getKey())) {
                    if (!value.isTextual()) {
                        throw new IllegalArgumentException("request.context." + entry.getKey() + ": values must be strings");
                    }
                    values.add(value.asText());
                }
                context.put(entry.getKey(), values);
            });
        }
        return new CaseRequest(
                text(node, "caller", "request"),
                text(node, "action", "request"),
                text(node, "resource", "request"),
                optionalText(node, "resourceAccount", "request"),
                context,
                optionalText(node, "mode", "request").map(ConformanceSuite::mode).orElse(ContextMode.AWS));
    }

    private static Expectation readExpectation(JsonNode node) {
        requireOnly(node, EXPECT_FIELDS, "expect");
        Optional<Set<StatementRef>> matched = Optional.empty();
        if (node.has("matched")) {
            Set<StatementRef> refs = new HashSet<>();
            for (JsonNode ref : array(node.get("matched"), "expect.matched")) {
                requireOnly(ref, Set.of("policy", "statement"), "expect.matched[]");
                JsonNode index = ref.path("statement");
                if (!index.isInt()) {
                    throw new IllegalArgumentException("expect.matched[].statement must be an integer");
                }
                refs.add(new StatementRef(text(ref, "policy", "expect.matched[]"), index.asInt()));
            }
            matched = Optional.of(Set.copyOf(refs));
        }
        Optional<Set<String>> missingKeys = Optional.empty();
        if (node.has("missingKeys")) {
            Set<String> keys = new HashSet<>();
            for (JsonNode key : array(node.get("missingKeys"), "expect.missingKeys")) {
                keys.add(key.asText());
            }
            missingKeys = Optional.of(Set.copyOf(keys));
        }
        return new Expectation(
                decision(text(node, "decision", "expect")),
                matched,
                missingKeys,
                optionalText(node, "bestCase", "expect").map(ConformanceSuite::decision),
                optionalText(node, "decidedBy", "expect").map(ConformanceSuite::policyType));
    }

    private static Decision decision(String awsName) {
        return parseNamed(awsName, Decision.values(), Decision::awsName, "decision");
    }

    private static PolicyType policyType(String name) {
        return parseNamed(name, PolicyType.values(), PolicyType::name, "decidedBy");
    }

    private static ContextMode mode(String name) {
        return parseNamed(name, ContextMode.values(), m -> m.name().toLowerCase(Locale.ROOT), "request.mode");
    }

    private static <E> E parseNamed(String text, E[] values, Function<E, String> nameOf, String field) {
        return Arrays.stream(values)
                .filter(v -> nameOf.apply(v).equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + ": unknown value '" + text + "', expected one of "
                        + Arrays.stream(values).map(nameOf).toList()));
    }

    private static void requireOnly(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException(where + ": unknown field '" + field + "', expected one of " + allowed);
            }
        });
    }

    private static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new IllegalArgumentException(where + "." + field + " must be a JSON object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + " must be a JSON array");
        }
        return node;
    }

    private static String text(JsonNode node, String field, String where) {
        return optionalText(node, field, where)
                .orElseThrow(() -> new IllegalArgumentException(where + "." + field + " is required"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " must be a string");
        }
        return Optional.of(value.asText());
    }
}
