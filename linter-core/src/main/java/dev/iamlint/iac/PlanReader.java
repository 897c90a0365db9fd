package dev.iamlint.iac;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonNull;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.Pointers;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects what each IAM-relevant resource of a plan or state holds. In a plan, a value known only
 * after apply names the resource it comes from when the plan's configuration says so (see
 * {@link PlanConfiguration}), and roles, users and groups whose name is known only after apply are
 * named by their address, so that attachments still find them.
 */
final class PlanReader {

    private static final Set<String> PRINCIPAL_TYPES = Set.of("aws_iam_role", "aws_iam_user", "aws_iam_group");

    private final StringPolicyParser parser;
    private final PlanConfiguration configuration;
    private final List<EmbeddedPolicy> policies = new ArrayList<>();
    private final List<PolicyReference> references = new ArrayList<>();
    private final Map<String, List<String>> attachedTo = new LinkedHashMap<>();
    private final Map<String, List<String>> groupsOfUser = new LinkedHashMap<>();
    private final Map<String, String> roleArns = new LinkedHashMap<>();
    /** The roles, users and groups of the plan by address. */
    private final Map<String, Resource> principals = new HashMap<>();
    /** In a state: what separate resources give each role, which its own attributes repeat (see {@link ReadBack}). */
    private final ReadBack readBack;

    private PlanReader(StringPolicyParser parser, List<Resource> resources, Optional<JsonValue> configuration, ReadBack readBack) {
        this.parser = parser;
        this.readBack = readBack;
        for (Resource resource : resources) {
            if (PRINCIPAL_TYPES.contains(resource.type)) {
                principals.putIfAbsent(resource.address, resource);
            }
        }
        this.configuration = new PlanConfiguration(configuration, resources.stream().map(Resource::address).toList());
        resources.forEach(this::read);
    }

    /** The resources a plan's {@code resource_changes} create, update or keep, as they will be after apply. */
    static PlanReader ofPlan(StringPolicyParser parser, JsonArray changes, Optional<JsonValue> configuration) {
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < changes.elements().size(); i++) {
            JsonValue change = changes.elements().get(i);
            Optional<JsonValue> planned = JsonMembers.member(change, "change");
            if (JsonMembers.text(change, "mode").orElse("").equals("managed") && planned.isPresent() && !deletes(planned.get())) {
                String pointer = Pointers.child(Pointers.child(Pointers.child("/resource_changes", i), "change"), "after");
                Value after = new Value(JsonMembers.member(planned.get(), "after"),
                        JsonMembers.member(planned.get(), "after_unknown"), pointer, planned.get().range());
                resources.add(new Resource(JsonMembers.text(change, "address").orElse(""), JsonMembers.text(change, "type").orElse(""),
                        after));
            }
        }
        return new PlanReader(parser, resources, configuration, ReadBack.NONE);
    }

    /** The managed resources of a state, as {@link StateResources} finds them. */
    static PlanReader ofState(StringPolicyParser parser, List<Resource> resources) {
        return new PlanReader(parser, resources, Optional.empty(), ReadBack.of(resources));
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

    Map<String, List<String>> groupsOfUser() {
        return groupsOfUser;
    }

    /** By role (named as {@link #key} names it), its ARN where the file gives it: a state's roles, a plan's kept unchanged. */
    Map<String, String> roleArns() {
        return roleArns;
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
                List<String> role = List.of(key(resource));
                String roleArn = text(resource.after.child("arn"));
                if (roleArn.startsWith("arn:")) {
                    roleArns.putIfAbsent(role.get(0), roleArn);
                }
                policy(resource, "assume_role_policy", PolicyKind.RESOURCE, role);
                Value inline = resource.after.child("inline_policy");
                if (inline.isUnknown() && !providerComputed(resource, "inline_policy")) {
                    policy(resource, inline, "inline_policy", PolicyKind.IDENTITY, role);
                }
                for (int i = 0; i < inline.size(); i++) {
                    Value block = inline.child(i);
                    if (!readBack.hasRolePolicy(role.get(0), text(block.child("name")))) {
                        policy(resource, block.child("policy"), "inline_policy/" + i + "/policy", PolicyKind.IDENTITY, role);
                    }
                }
                if (!(resource.after.child("managed_policy_arns").isUnknown() && providerComputed(resource, "managed_policy_arns"))) {
                    arns(resource, "managed_policy_arns", Use.MANAGED_POLICY, role, arn -> !readBack.hasAttachment(role.get(0), arn));
                }
                arns(resource, "permissions_boundary", Use.PERMISSIONS_BOUNDARY, role);
            }
            case "aws_iam_user", "aws_iam_group" -> arns(resource, "permissions_boundary", Use.PERMISSIONS_BOUNDARY, List.of(key(resource)));
            case "aws_iam_role_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, names(resource, "role"));
            case "aws_iam_user_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, names(resource, "user"));
            case "aws_iam_group_policy" -> policy(resource, "policy", PolicyKind.IDENTITY, names(resource, "group"));
            case "aws_iam_role_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, names(resource, "role"));
            case "aws_iam_user_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, names(resource, "user"));
            case "aws_iam_group_policy_attachment" -> arns(resource, "policy_arn", Use.MANAGED_POLICY, names(resource, "group"));
            case "aws_iam_policy_attachment" -> {
                List<String> names = new ArrayList<>(names(resource, "users"));
                names.addAll(names(resource, "roles"));
                names.addAll(names(resource, "groups"));
                arns(resource, "policy_arn", Use.MANAGED_POLICY, names);
            }
            case "aws_iam_user_group_membership" -> Memberships.add(groupsOfUser, names(resource, "user"), names(resource, "groups"));
            case "aws_iam_group_membership" -> Memberships.add(groupsOfUser, names(resource, "users"), names(resource, "group"));
            case "aws_ecr_repository_policy", "aws_ecr_registry_policy", "aws_ecrpublic_repository_policy", "aws_s3_bucket_policy",
                    "aws_sqs_queue_policy", "aws_sns_topic_policy", "aws_secretsmanager_secret_policy" ->
                    policy(resource, "policy", PolicyKind.RESOURCE, List.of());
            case "aws_eks_node_group" -> arns(resource, "node_role_arn", Use.NODE_ROLE, List.of());
            // EC2 instances run as the role of their instance profile: a node role, named (not by ARN) in "role".
            case "aws_iam_instance_profile" -> arns(resource, "role", Use.NODE_ROLE, List.of());
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
            body = value.unresolved(configuration.resourceOf(resource.address, attributeOf(propertyPath)));
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

    private void arns(Resource resource, String attribute, Use use, List<String> attached) {
        arns(resource, attribute, use, attached, arn -> true);
    }

    /**
     * A string attribute or a list of them; each ARN {@code wanted} accepts, or the attribute
     * itself when it is computed, is one reference.
     */
    private void arns(Resource resource, String attribute, Use use, List<String> attached, Predicate<String> wanted) {
        Value value = resource.after.child(attribute);
        int before = references.size();
        if (value.value.filter(JsonArray.class::isInstance).isPresent()) {
            for (int i = 0; i < value.size(); i++) {
                Value element = value.child(i);
                if (wanted.test(text(element))) {
                    arn(resource, element, attribute + "/" + i, use);
                }
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
            target = value.unresolved(configuration.resourceOf(resource.address, attributeOf(propertyPath)));
        } else if (value.value.isPresent() && value.value.get() instanceof JsonString arn && !arn.value().isEmpty()) {
            target = new LiteralArn(new Located<>(arn.value(), arn.range(), value.pointer));
        } else {
            return;
        }
        references.add(new PolicyReference(resource.address, resource.type, propertyPath, value.pointer, use, target));
    }

    /**
     * A role's {@code inline_policy} and {@code managed_policy_arns} left out of the configuration
     * are known only after apply, being what the provider reads back: the policies that
     * attachments and role policies of the plan (read in their own right) or others give the role.
     * Nothing is missing from the plan then.
     */
    private boolean providerComputed(Resource resource, String attribute) {
        return configuration.leavesUnset(resource.address, attribute);
    }

    /** The top-level attribute of a property path such as {@code managed_policy_arns/0}. */
    private static String attributeOf(String propertyPath) {
        int slash = propertyPath.indexOf('/');
        return slash < 0 ? propertyPath : propertyPath.substring(0, slash);
    }

    /** How policies and attachments name a role, user or group: its name, or its address while the name is known only after apply. */
    private static String key(Resource principal) {
        Optional<JsonValue> name = principal.after.child("name").value;
        return name.isPresent() && name.get() instanceof JsonString text && !text.value().isEmpty() ? text.value() : principal.address;
    }

    /**
     * The roles, users or groups a name attribute (a string or a list) names: each known name,
     * and where a name is known only after apply, the {@linkplain #key key} of each role, user or
     * group of the plan its expression references ({@code role = aws_iam_role.node.name}).
     */
    private List<String> names(Resource resource, String attribute) {
        Value value = resource.after.child(attribute);
        List<String> names = new ArrayList<>();
        boolean unknown = value.isUnknown();
        if (value.value.isPresent() && value.value.get() instanceof JsonString name) {
            names.add(name.value());
        } else if (value.value.isPresent() && value.value.get() instanceof JsonArray list) {
            for (int i = 0; i < list.elements().size(); i++) {
                if (list.elements().get(i) instanceof JsonString name) {
                    names.add(name.value());
                }
                unknown |= value.child(i).isUnknown();
            }
        }
        if (unknown) {
            for (String address : configuration.resourcesOf(resource.address, attribute)) {
                Optional.ofNullable(principals.get(address)).map(PlanReader::key).filter(key -> !names.contains(key)).ifPresent(names::add);
            }
        }
        return names;
    }

    /** A string value's text, or "" for any other value. */
    private static String text(Value value) {
        return value.value.filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()).orElse("");
    }

    /** A managed resource: its address, type and attributes (in a plan, as they will be after apply). */
    record Resource(String address, String type, Value after) {
    }

    /**
     * What a state's separate resources give each role: the names of its {@code aws_iam_role_policy}
     * policies and the ARNs its {@code aws_iam_role_policy_attachment}s attach. The provider reads
     * every inline and attached policy back into the role's {@code inline_policy} and
     * {@code managed_policy_arns}, so that a state holds each such policy twice; it is read where
     * its own resource writes it, once. Roles are named as {@link #key} names them.
     */
    private record ReadBack(Set<String> rolePolicies, Set<String> attachments) {

        static final ReadBack NONE = new ReadBack(Set.of(), Set.of());

        static ReadBack of(List<Resource> resources) {
            Set<String> rolePolicies = new HashSet<>();
            Set<String> attachments = new HashSet<>();
            for (Resource resource : resources) {
                String role = text(resource.after.child("role"));
                switch (resource.type) {
                    case "aws_iam_role_policy" -> rolePolicies.add(pair(role, text(resource.after.child("name"))));
                    case "aws_iam_role_policy_attachment" -> attachments.add(pair(role, text(resource.after.child("policy_arn"))));
                    default -> {
                        // gives roles nothing their attributes repeat
                    }
                }
            }
            return new ReadBack(rolePolicies, attachments);
        }

        boolean hasRolePolicy(String role, String name) {
            return rolePolicies.contains(pair(role, name));
        }

        boolean hasAttachment(String role, String arn) {
            return attachments.contains(pair(role, arn));
        }

        private static String pair(String role, String item) {
            return role + "\n" + item;
        }
    }

    /**
     * A value in {@code after} with its counterpart in {@code after_unknown}, which mirrors its shape
     * and holds {@code true} where the value is computed. {@code near} is where to point when
     * neither is written: the closest enclosing value.
     */
    record Value(Optional<JsonValue> value, Optional<JsonValue> unknown, String pointer, SourceRange near) {

        /** A value with nothing unknown, as all of a state's are; {@code near} is where to point when it is absent. */
        static Value known(Optional<JsonValue> value, String pointer, SourceRange near) {
            return new Value(value, Optional.empty(), pointer, near);
        }

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

        /** This value as known after apply; {@code from}: the plan resource it is computed from, if known. */
        Unresolved unresolved(Optional<String> from) {
            SourceRange range = value.or(() -> unknown).map(JsonValue::range).orElse(near);
            return new Unresolved(TerraformJson.KNOWN_AFTER_APPLY, from, range, pointer);
        }

        private static Optional<JsonValue> element(JsonValue value, int index) {
            return value instanceof JsonArray array && index < array.elements().size() ? Optional.of(array.elements().get(index)) : Optional.empty();
        }
    }
}
