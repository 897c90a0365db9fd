package dev.iamlint.iac;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonNull;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.Pointers;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks a plan's {@code resource_changes} once and collects what each IAM-relevant resource type holds. */
final class PlanReader {

    private final StringPolicyParser parser;
    private final List<EmbeddedPolicy> policies = new ArrayList<>();
    private final List<PolicyReference> references = new ArrayList<>();
    private final Map<String, List<String>> attachedTo = new LinkedHashMap<>();

    PlanReader(StringPolicyParser parser, JsonArray changes) {
        this.parser = parser;
        for (int i = 0; i < changes.elements().size(); i++) {
            JsonValue change = changes.elements().get(i);
            Optional<JsonValue> planned = JsonMembers.member(change, "change");
            if (JsonMembers.text(change, "mode").orElse("").equals("managed") && planned.isPresent() && !deletes(planned.get())) {
                String pointer = Pointers.child(Pointers.child(Pointers.child("/resource_changes", i), "change"), "after");
                Value after = new Value(JsonMembers.member(planned.get(), "after"),
                        JsonMembers.member(planned.get(), "after_unknown"), pointer, planned.get().range());
                read(new Resource(JsonMembers.text(change, "address").orElse(""), JsonMembers.text(change, "type").orElse(""), after));
            }
        }
    }

    List<EmbeddedPolicy> policies() {
        return policies;
    }

    List<PolicyReference> references() {
        return references;
    }

    Map<String, List<String>> attachedTo() {
        return attachedTo;
    }

    /** A resource being destroyed has no {@code after}; one being replaced has {@code ["delete","create"]} and is kept. */
    private static boolean deletes(JsonValue change) {
        return JsonMembers.member(change, "actions").filter(JsonArray.class::isInstance)
                .map(actions -> ((JsonArray) actions).elements())
                .filter(actions -> actions.size() == 1 && actions.get(0) instanceof JsonString action && action.value().equals("delete"))
                .isPresent();
    }

    private void read(Resource resource) {
        switch (resource.type) {
            case "aws_iam_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, List.of());
            case "aws_iam_role" -> {
                List<String> role = resource.names("name");
                policy(resource, "assume_role_policy", PolicyKind.RESOURCE, role);
                Value inline = resource.after.child("inline_policy");
                if (inline.isUnknown()) {
                    policy(resource, inline, "inline_policy", PolicyKind.IDENTITY, role);
                }
                for (int i = 0; i < inline.size(); i++) {
                    policy(resource, inline.child(i).child("policy"), "inline_policy/" + i + "/policy", PolicyKind.IDENTITY, role);
                }
                arns(resource, "managed_policy_arns", Use.MANAGED_POLICY, role);
                arns(resource, "permissions_boundary", Use.PERMISSIONS_BOUNDARY, role);
            }
            case "aws_iam_user", "aws_iam_group" -> arns(resource, "permissions_boundary", Use.PERMISSIONS_BOUNDARY, resource.names("name"));
            case "aws_iam_role_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, resource.names("role"));
            case "aws_iam_user_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, resource.names("user"));
            case "aws_iam_group_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, resource.names("group"));
            case "aws_iam_role_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, resource.names("role"));
            case "aws_iam_user_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, resource.names("user"));
            case "aws_iam_group_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, resource.names("group"));
            case "aws_iam_policy_attachment" -> {
                List<String> names = new ArrayList<>(resource.names("users"));
                names.addAll(resource.names("roles"));
                names.addAll(resource.names("groups"));
                arns(resource, "policy_arn", Use.MANAGED_POLICY, names);
            }
            case "aws_ecr_repository_policy", "aws_ecr_registry_policy" -> policy(resource, "policy", PolicyKind.RESOURCE, List.of());
            case "aws_eks_node_group" -> arns(resource, "node_role_arn", Use.NODE_ROLE, List.of());
            default -> {
                // not IAM-relevant
            }
        }
    }

    private void policy(Resource resource, String attribute, PolicyKind kind, List<String> attached) {
        policy(resource, resource.after.child(attribute), attribute, kind, attached);
    }

    /** An empty string is how a plan writes a policy block left out (e.g. an empty {@code inline_policy}). */
    private void policy(Resource resource, Value value, String propertyPath, PolicyKind kind, List<String> attached) {
        PolicyBody body;
        if (value.isUnknown()) {
            body = value.unresolved();
        } else if (value.value.isEmpty() || value.value.get() instanceof JsonNull) {
            return;
        } else if (value.value.get() instanceof JsonString string) {
            if (string.value().isEmpty()) {
                return;
            }
            body = new ParsedPolicy(parser.parseEscaped(string, kind, value.pointer), List.of());
        } else {
            ParseResult wrongType = parser.parseObject(value.value.get(), kind, value.pointer);
            body = new ParsedPolicy(wrongType, List.of());
        }
        policies.add(new EmbeddedPolicy(resource.address, resource.type, propertyPath, value.pointer, kind, body, attached));
    }

    /** A string attribute or a list of them; each ARN, or the attribute itself when it is computed, is one reference. */
    private void arns(Resource resource, String attribute, Use use, List<String> attached) {
        Value value = resource.after.child(attribute);
        int before = references.size();
        if (value.value.filter(JsonArray.class::isInstance).isPresent()) {
            for (int i = 0; i < value.size(); i++) {
                arn(resource, value.child(i), attribute + "/" + i, use);
            }
        } else {
            arn(resource, value, attribute, use);
        }
        if (references.size() > before) {
            attachedTo.merge(resource.address, List.copyOf(attached), (a, b) -> a);
        }
    }

    private void arn(Resource resource, Value value, String propertyPath, Use use) {
        ArnValue target;
        if (value.isUnknown()) {
            target = value.unresolved();
        } else if (value.value.isPresent() && value.value.get() instanceof JsonString arn && !arn.value().isEmpty()) {
            target = new LiteralArn(new Located<>(arn.value(), arn.range(), value.pointer));
        } else {
            return;
        }
        references.add(new PolicyReference(resource.address, resource.type, propertyPath, value.pointer, use, target));
    }

    private record Resource(String address, String type, Value after) {

        /** The known strings of a name attribute that is a string or a list of strings. */
        List<String> names(String attribute) {
            Optional<JsonValue> value = after.child(attribute).value;
            if (value.isPresent() && value.get() instanceof JsonString name) {
                return List.of(name.value());
            }
            if (value.isPresent() && value.get() instanceof JsonArray list) {
                return list.elements().stream().filter(JsonString.class::isInstance).map(name -> ((JsonString) name).value()).toList();
            }
            return List.of();
        }
    }

    /**
     * A value in {@code after} with its counterpart in {@code after_unknown}, which mirrors its shape
     * and holds {@code true} where the value is computed. {@code near} is where to point when
     * neither is written: the closest enclosing value.
     */
    private record Value(Optional<JsonValue> value, Optional<JsonValue> unknown, String pointer, SourceRange near) {

        Value child(String key) {
            return new Value(value.flatMap(v -> JsonMembers.member(v, key)), unknown.flatMap(u -> JsonMembers.member(u, key)),
                    Pointers.child(pointer, key), value.map(JsonValue::range).orElse(near));
        }

        Value child(int index) {
            return new Value(value.flatMap(v -> element(v, index)), unknown.flatMap(u -> element(u, index)),
                    Pointers.child(pointer, index), value.map(JsonValue::range).orElse(near));
        }

        int size() {
            return value.filter(JsonArray.class::isInstance).map(v -> ((JsonArray) v).elements().size()).orElse(0);
        }

        boolean isUnknown() {
            return unknown.filter(u -> u instanceof JsonBool marker && marker.value()).isPresent();
        }

        Unresolved unresolved() {
            SourceRange range = value.or(() -> unknown).map(JsonValue::range).orElse(near);
            return new Unresolved(TerraformPlan.KNOWN_AFTER_APPLY, Optional.empty(), range, pointer);
        }

        private static Optional<JsonValue> element(JsonValue value, int index) {
            return value instanceof JsonArray array && index < array.elements().size() ? Optional.of(array.elements().get(index)) : Optional.empty();
        }
    }
}
