package dev.iamlint.iac;

import dev.iamlint.eval.Tri;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.Pointers;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a template's {@code Resources} map once and collects what each IAM-relevant type holds,
 * with intrinsic functions resolved by {@link TemplateValues}. A resource whose {@code Condition}
 * is false is not created, so it is skipped; one whose condition is undecidable is read.
 */
final class ResourceReader {

    private final StringPolicyParser parser;
    /** In JSON, a policy written as a string has escapes that map back to the file; in YAML, no such map is kept. */
    private final TemplateFormat format;
    private final TemplateValues values;
    private final JsonObject resources;
    private final List<EmbeddedPolicy> policies = new ArrayList<>();
    private final List<PolicyReference> references = new ArrayList<>();
    private final Map<String, List<String>> groupsOfUser = new LinkedHashMap<>();
    /** By resource type, the logical ids of the roles, users and groups by their known names. */
    private Map<String, Map<String, String>> idsByName;

    /** {@code resourcesPointer}: where the template's {@code Resources} are, {@code /Resources} in a template file. */
    ResourceReader(StringPolicyParser parser, TemplateFormat format, JsonObject template, JsonObject resources, String resourcesPointer,
            TemplateParameters parameters) {
        this.parser = parser;
        this.format = format;
        this.resources = resources;
        this.values = new TemplateValues(template, resources, parameters);
        for (JsonObject.Member resource : resources.members()) {
            if (resource.value() instanceof JsonObject body && values.resourceCondition(body) != Tri.FALSE) {
                Optional<JsonValue> properties = JsonMembers.member(body, "Properties");
                if (properties.isPresent() && properties.get() instanceof JsonObject props) {
                    read(new Resource(resource.key(), typeOf(body), props,
                            Pointers.child(Pointers.child(resourcesPointer, resource.key()), "Properties")));
                }
            }
        }
    }

    List<EmbeddedPolicy> policies() {
        return policies;
    }

    List<PolicyReference> references() {
        return references;
    }

    Map<String, List<String>> groupsOfUser() {
        return groupsOfUser;
    }

    /** One resource being read: its logical id, type, properties and the pointer of the properties. */
    private record Resource(String logicalId, String type, JsonObject properties, String pointer) {
    }

    private void read(Resource resource) {
        List<String> self = List.of(resource.logicalId());
        switch (resource.type()) {
            case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> {
                List<String> attachedTo = new ArrayList<>();
                attachedTo.addAll(principals(resource, "Roles", "AWS::IAM::Role"));
                attachedTo.addAll(principals(resource, "Users", "AWS::IAM::User"));
                attachedTo.addAll(principals(resource, "Groups", "AWS::IAM::Group"));
                document(resource, "PolicyDocument", PolicyKind.IDENTITY, attachedTo);
            }
            case "AWS::IAM::RolePolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY,
                    principals(resource, "RoleName", "AWS::IAM::Role"));
            case "AWS::IAM::UserPolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY,
                    principals(resource, "UserName", "AWS::IAM::User"));
            case "AWS::IAM::GroupPolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY,
                    principals(resource, "GroupName", "AWS::IAM::Group"));
            case "AWS::IAM::Role" -> {
                inlinePolicies(resource, self);
                document(resource, "AssumeRolePolicyDocument", PolicyKind.RESOURCE, self);
                arns(resource, "ManagedPolicyArns", Use.MANAGED_POLICY);
                arns(resource, "PermissionsBoundary", Use.PERMISSIONS_BOUNDARY);
            }
            case "AWS::IAM::User" -> {
                inlinePolicies(resource, self);
                arns(resource, "ManagedPolicyArns", Use.MANAGED_POLICY);
                arns(resource, "PermissionsBoundary", Use.PERMISSIONS_BOUNDARY);
                Memberships.add(groupsOfUser, self, principals(resource, "Groups", "AWS::IAM::Group"));
            }
            case "AWS::IAM::UserToGroupAddition" ->
                    Memberships.add(groupsOfUser, principals(resource, "Users", "AWS::IAM::User"),
                            principals(resource, "GroupName", "AWS::IAM::Group"));
            case "AWS::IAM::Group" -> {
                inlinePolicies(resource, self);
                arns(resource, "ManagedPolicyArns", Use.MANAGED_POLICY);
            }
            // EC2 instances run as the roles of their instance profile: node roles.
            case "AWS::IAM::InstanceProfile" -> arns(resource, "Roles", Use.NODE_ROLE);
            case "AWS::ECR::Repository" -> document(resource, "RepositoryPolicyText", PolicyKind.RESOURCE, List.of());
            case "AWS::ECR::RegistryPolicy" -> document(resource, "PolicyText", PolicyKind.RESOURCE, List.of());
            case "AWS::ECR::PublicRepository" -> document(resource, "RepositoryPolicyText", PolicyKind.RESOURCE, List.of());
            case "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy" ->
                    document(resource, "PolicyDocument", PolicyKind.RESOURCE, List.of());
            case "AWS::SecretsManager::ResourcePolicy" -> document(resource, "ResourcePolicy", PolicyKind.RESOURCE, List.of());
            case "AWS::EKS::Nodegroup" -> arns(resource, "NodeRole", Use.NODE_ROLE);
            case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> serverlessPolicies(resource);
            default -> {
                // Other types hold no IAM policy this reader knows of.
            }
        }
    }

    /** {@code Policies: [{PolicyName, PolicyDocument}, …]} of a role, user or group. */
    private void inlinePolicies(Resource resource, List<String> attachedTo) {
        Optional<JsonValue> value = JsonMembers.member(resource.properties(), "Policies");
        if (value.isEmpty()) {
            return;
        }
        String pointer = Pointers.child(resource.pointer(), "Policies");
        Optional<JsonValue> list = written(value.get(), resource, "Policies", pointer, PolicyKind.IDENTITY, attachedTo);
        if (list.isEmpty() || !(list.get() instanceof JsonArray array)) {
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            String elementPointer = Pointers.child(pointer, i);
            String elementPath = "Policies/" + i;
            Optional<JsonValue> element = written(array.elements().get(i), resource, elementPath, elementPointer, PolicyKind.IDENTITY,
                    attachedTo);
            if (element.isPresent() && element.get() instanceof JsonObject policy) {
                JsonMembers.member(policy, "PolicyDocument").ifPresent(document -> policy(resource, elementPath + "/PolicyDocument",
                        Pointers.child(elementPointer, "PolicyDocument"), PolicyKind.IDENTITY, document, attachedTo));
            }
        }
    }

    /**
     * The policy documents of a SAM function's or state machine's {@code Policies}: one document, or
     * a list in which documents stand beside AWS managed policy names or ARNs and SAM policy
     * templates ({@code S3ReadPolicy: {BucketName: …}}), which only SAM's transform turns into
     * policies and are not read. SAM ignores {@code Policies} when the resource names its own
     * {@code Role}. The role SAM makes is no resource of the template, so the documents belong to
     * no principal here.
     */
    private void serverlessPolicies(Resource resource) {
        Optional<JsonValue> value = JsonMembers.member(resource.properties(), "Policies");
        if (value.isEmpty() || JsonMembers.member(resource.properties(), "Role").isPresent()) {
            return;
        }
        String pointer = Pointers.child(resource.pointer(), "Policies");
        Optional<JsonValue> written = TemplateValues.isCall(value.get()) ? values.resolve(value.get()) : value;
        if (written.isPresent() && written.get() instanceof JsonArray list && !TemplateValues.isCall(value.get())) {
            for (int i = 0; i < list.elements().size(); i++) {
                JsonValue element = list.elements().get(i);
                Optional<JsonValue> resolved = TemplateValues.isCall(element) ? values.resolve(element) : Optional.of(element);
                if (resolved.isPresent() && isPolicyDocument(resolved.get())) {
                    policy(resource, "Policies/" + i, Pointers.child(pointer, i), PolicyKind.IDENTITY, element, List.of());
                }
            }
        } else if (written.isPresent() && isPolicyDocument(written.get())) {
            policy(resource, "Policies", pointer, PolicyKind.IDENTITY, value.get(), List.of());
        }
    }

    private static boolean isPolicyDocument(JsonValue value) {
        return value instanceof JsonObject object && JsonMembers.member(object, "Statement").isPresent();
    }

    /**
     * A value that may be a call: the value itself, the call's value when it is an object or
     * array, or nothing when the call is {@code AWS::NoValue}; a call of any other value is
     * unknown where a policy is expected, and added as such.
     */
    private Optional<JsonValue> written(JsonValue value, Resource resource, String path, String pointer, PolicyKind kind,
            List<String> attachedTo) {
        if (!TemplateValues.isCall(value)) {
            return Optional.of(value);
        }
        Optional<JsonValue> resolved = values.resolve(value);
        if (resolved.isPresent() && !(resolved.get() instanceof JsonObject) && !(resolved.get() instanceof JsonArray)) {
            policies.add(embedded(resource, path, pointer, kind, values.unresolved(value, resolved.get(), pointer), attachedTo));
            return Optional.empty();
        }
        return resolved;
    }

    private void document(Resource resource, String property, PolicyKind kind, List<String> attachedTo) {
        JsonMembers.member(resource.properties(), property).ifPresent(document ->
                policy(resource, property, Pointers.child(resource.pointer(), property), kind, document, attachedTo));
    }

    private void policy(Resource resource, String path, String pointer, PolicyKind kind, JsonValue document, List<String> attachedTo) {
        List<Unresolved> found = new ArrayList<>();
        Optional<JsonValue> resolved = values.resolve(document, pointer, found);
        if (resolved.isEmpty()) {
            return;
        }
        PolicyBody body;
        if (resolved.get() instanceof JsonString text) {
            body = stringPolicy(document, text, kind, pointer, found);
        } else if (TemplateValues.isCall(document) && !(resolved.get() instanceof JsonObject)) {
            body = values.unresolved(document, resolved.get(), pointer);
        } else {
            body = new ParsedPolicy(parser.parseObject(resolved.get(), kind, pointer), found);
        }
        policies.add(embedded(resource, path, pointer, kind, body, attachedTo));
    }

    /**
     * A policy written as JSON text, which CloudFormation takes too: Karpenter's template, for one, writes
     * {@code PolicyDocument: !Sub |} and the policy's JSON. Positions point into a string written in a
     * JSON template, else at the string or the call as a whole. JSON that cannot be read because a part
     * of it is unresolved is an unknown policy, not a malformed one.
     */
    private PolicyBody stringPolicy(JsonValue written, JsonString text, PolicyKind kind, String pointer, List<Unresolved> found) {
        ParseResult result = written == text && format == TemplateFormat.JSON
                ? parser.parseEscaped(text, kind, pointer)
                : parser.parseAt(text.value(), written.range(), kind, pointer);
        if (result.document().isEmpty() && !found.isEmpty()) {
            return values.unresolved(written, text, pointer);
        }
        return new ParsedPolicy(result, found);
    }

    private static EmbeddedPolicy embedded(Resource resource, String path, String pointer, PolicyKind kind, PolicyBody body,
            List<String> attachedTo) {
        return new EmbeddedPolicy(resource.logicalId(), resource.type(), path, pointer, kind, body, attachedTo);
    }

    /** A property holding one ARN or a list of them (each may be a call, as may the list); a single value is read as a list of one. */
    private void arns(Resource resource, String property, Use use) {
        Optional<JsonValue> value = JsonMembers.member(resource.properties(), property);
        if (value.isEmpty()) {
            return;
        }
        String pointer = Pointers.child(resource.pointer(), property);
        if (TemplateValues.isCall(value.get())) {
            Optional<JsonValue> resolved = values.resolve(value.get());
            if (resolved.isPresent() && resolved.get() instanceof JsonArray list) {
                // The call's elements are values, not what the template writes at these indices.
                for (int i = 0; i < list.elements().size(); i++) {
                    reference(resource, property + "/" + i, Pointers.child(pointer, i), use, target(value.get(), list.elements().get(i), pointer));
                }
            } else {
                resolved.ifPresent(v -> reference(resource, property, pointer, use, target(value.get(), v, pointer)));
            }
        } else if (value.get() instanceof JsonArray array) {
            for (int i = 0; i < array.elements().size(); i++) {
                arn(resource, property + "/" + i, Pointers.child(pointer, i), use, array.elements().get(i));
            }
        } else {
            arn(resource, property, pointer, use, value.get());
        }
    }

    private void arn(Resource resource, String path, String pointer, Use use, JsonValue value) {
        if (value instanceof JsonString text) {
            reference(resource, path, pointer, use, Optional.of(new LiteralArn(new Located<>(text.value(), text.range(), pointer))));
        } else if (TemplateValues.isCall(value)) {
            values.resolve(value).ifPresent(resolved -> reference(resource, path, pointer, use, target(value, resolved, pointer)));
        }
        // Anything else is a type error CloudFormation itself rejects before deploying.
    }

    /**
     * What a call gives where an ARN is expected: a literal when it is a string the template
     * fully determines without naming a resource of its own, else an Unresolved.
     */
    private Optional<ArnValue> target(JsonValue call, JsonValue resolved, String pointer) {
        Optional<String> resource = values.resourceNamed(call);
        if (resolved instanceof JsonString text && resource.isEmpty() && !UnknownValues.contains(text.value())) {
            return Optional.of(new LiteralArn(new Located<>(text.value(), call.range(), pointer)));
        }
        if (resolved instanceof JsonObject) {
            return Optional.empty();
        }
        return Optional.of(values.unresolved(call, resolved, pointer));
    }

    private void reference(Resource resource, String path, String pointer, Use use, Optional<ArnValue> target) {
        target.ifPresent(arn -> references.add(new PolicyReference(resource.logicalId(), resource.type(), path, pointer, use, arn)));
    }

    /**
     * The logical ids of the template's resources of {@code type} that a property names, one
     * value or a list: by {@code Ref} (or another call taking the resource's value), or by a name
     * that one of them has. Names of principals outside the template are not listed.
     */
    private List<String> principals(Resource resource, String property, String type) {
        Optional<JsonValue> value = JsonMembers.member(resource.properties(), property);
        if (value.isEmpty()) {
            return List.of();
        }
        List<JsonValue> written = value.get() instanceof JsonArray array ? array.elements() : List.of(value.get());
        if (TemplateValues.isCall(value.get())) {
            written = values.resolve(value.get()).map(v -> v instanceof JsonArray array ? array.elements() : List.of(v)).orElse(List.of());
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue element : written) {
            Optional<String> named = values.resourceNamed(element).filter(id -> typeOf(resource(id)).equals(type));
            if (named.isPresent()) {
                ids.add(named.get());
                continue;
            }
            values.resolve(element).filter(JsonString.class::isInstance).map(name -> idsByName(type).get(((JsonString) name).value()))
                    .ifPresent(ids::add);
        }
        return ids;
    }

    /**
     * The resources of {@code type} by name: the name they set, and the marker that stands for
     * the name CloudFormation generates for one that sets none.
     */
    private Map<String, String> idsByName(String type) {
        if (idsByName == null) {
            idsByName = new HashMap<>();
            for (JsonObject.Member member : resources.members()) {
                String memberType = member.value() instanceof JsonObject body ? typeOf(body) : "";
                if (Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group").contains(memberType)) {
                    JsonObject ref = new JsonObject(List.of(new JsonObject.Member("Ref", member.value().range(),
                            new JsonString(member.key(), member.value().range()))), member.value().range());
                    values.resolve(ref).filter(JsonString.class::isInstance).ifPresent(name ->
                            idsByName.computeIfAbsent(memberType, t -> new HashMap<>()).putIfAbsent(((JsonString) name).value(), member.key()));
                }
            }
        }
        return idsByName.getOrDefault(type, Map.of());
    }

    private JsonObject resource(String logicalId) {
        return (JsonObject) JsonMembers.member(resources, logicalId).orElseThrow();
    }

    private static String typeOf(JsonObject body) {
        return JsonMembers.text(body, "Type").orElse("");
    }
}
