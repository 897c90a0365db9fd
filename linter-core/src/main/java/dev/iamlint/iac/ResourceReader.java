package dev.iamlint.iac;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.Pointers;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walks a template's {@code Resources} map once and collects what each IAM-relevant type holds. */
final class ResourceReader {

    private static final String RESOURCES = "/Resources";

    private final PolicyParser parser;
    private final Intrinsics intrinsics;
    private final List<EmbeddedPolicy> policies = new ArrayList<>();
    private final List<PolicyReference> references = new ArrayList<>();

    ResourceReader(PolicyParser parser, JsonObject resources) {
        this.parser = parser;
        Set<String> logicalIds = new LinkedHashSet<>();
        resources.members().forEach(member -> logicalIds.add(member.key()));
        this.intrinsics = new Intrinsics(logicalIds);
        for (JsonObject.Member resource : resources.members()) {
            if (resource.value() instanceof JsonObject body) {
                String type = member(body, "Type").filter(JsonString.class::isInstance).map(t -> ((JsonString) t).value()).orElse("");
                Optional<JsonValue> properties = member(body, "Properties");
                if (properties.isPresent() && properties.get() instanceof JsonObject props) {
                    read(new Resource(resource.key(), type, props,
                            Pointers.child(Pointers.child(RESOURCES, resource.key()), "Properties")));
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

    /** One resource being read: its logical id, type, properties and the pointer of the properties. */
    private record Resource(String logicalId, String type, JsonObject properties, String pointer) {
    }

    private void read(Resource resource) {
        List<String> self = List.of(resource.logicalId());
        switch (resource.type()) {
            case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> {
                List<String> attachedTo = new ArrayList<>();
                for (String property : List.of("Roles", "Users", "Groups")) {
                    attachedTo.addAll(resourceRefs(resource, property));
                }
                document(resource, "PolicyDocument", PolicyKind.IDENTITY, attachedTo);
            }
            case "AWS::IAM::RolePolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY, resourceRefs(resource, "RoleName"));
            case "AWS::IAM::UserPolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY, resourceRefs(resource, "UserName"));
            case "AWS::IAM::GroupPolicy" -> document(resource, "PolicyDocument", PolicyKind.IDENTITY, resourceRefs(resource, "GroupName"));
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
            }
            case "AWS::IAM::Group" -> {
                inlinePolicies(resource, self);
                arns(resource, "ManagedPolicyArns", Use.MANAGED_POLICY);
            }
            case "AWS::ECR::Repository" -> document(resource, "RepositoryPolicyText", PolicyKind.RESOURCE, List.of());
            case "AWS::ECR::RegistryPolicy" -> document(resource, "PolicyText", PolicyKind.RESOURCE, List.of());
            case "AWS::EKS::Nodegroup" -> arns(resource, "NodeRole", Use.NODE_ROLE);
            default -> {
                // Other types hold no IAM policy this reader knows of.
            }
        }
    }

    /** {@code Policies: [{PolicyName, PolicyDocument}, …]} of a role, user or group. */
    private void inlinePolicies(Resource resource, List<String> attachedTo) {
        Optional<JsonValue> value = member(resource.properties(), "Policies");
        if (value.isEmpty()) {
            return;
        }
        String pointer = Pointers.child(resource.pointer(), "Policies");
        Optional<Unresolved> intrinsic = intrinsics.asIntrinsic(value.get(), pointer);
        if (intrinsic.isPresent()) {
            policies.add(embedded(resource, "Policies", pointer, PolicyKind.IDENTITY, intrinsic.get(), attachedTo));
            return;
        }
        if (!(value.get() instanceof JsonArray array)) {
            return;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String elementPointer = Pointers.child(pointer, i);
            String elementPath = "Policies/" + i;
            Optional<Unresolved> elementIntrinsic = intrinsics.asIntrinsic(element, elementPointer);
            if (elementIntrinsic.isPresent()) {
                policies.add(embedded(resource, elementPath, elementPointer, PolicyKind.IDENTITY, elementIntrinsic.get(), attachedTo));
            } else if (element instanceof JsonObject policy) {
                member(policy, "PolicyDocument").ifPresent(document -> policies.add(parsed(resource, elementPath + "/PolicyDocument",
                        Pointers.child(elementPointer, "PolicyDocument"), PolicyKind.IDENTITY, document, attachedTo)));
            }
        }
    }

    private void document(Resource resource, String property, PolicyKind kind, List<String> attachedTo) {
        member(resource.properties(), property).ifPresent(document ->
                policies.add(parsed(resource, property, Pointers.child(resource.pointer(), property), kind, document, attachedTo)));
    }

    private EmbeddedPolicy parsed(Resource resource, String path, String pointer, PolicyKind kind, JsonValue document,
            List<String> attachedTo) {
        Optional<Unresolved> intrinsic = intrinsics.asIntrinsic(document, pointer);
        if (intrinsic.isPresent()) {
            return embedded(resource, path, pointer, kind, intrinsic.get(), attachedTo);
        }
        List<Unresolved> found = new ArrayList<>();
        JsonValue substituted = intrinsics.substitute(document, pointer, found);
        return embedded(resource, path, pointer, kind, new ParsedPolicy(parser.parse(substituted, kind, pointer), found), attachedTo);
    }

    private static EmbeddedPolicy embedded(Resource resource, String path, String pointer, PolicyKind kind, PolicyBody body,
            List<String> attachedTo) {
        return new EmbeddedPolicy(resource.logicalId(), resource.type(), path, pointer, kind, body, attachedTo);
    }

    /** A property holding one ARN or a list of them; a single value is read as a list of one. */
    private void arns(Resource resource, String property, Use use) {
        Optional<JsonValue> value = member(resource.properties(), property);
        if (value.isEmpty()) {
            return;
        }
        String pointer = Pointers.child(resource.pointer(), property);
        if (value.get() instanceof JsonArray array) {
            for (int i = 0; i < array.elements().size(); i++) {
                arn(resource, property + "/" + i, Pointers.child(pointer, i), use, array.elements().get(i));
            }
        } else {
            arn(resource, property, pointer, use, value.get());
        }
    }

    private void arn(Resource resource, String path, String pointer, Use use, JsonValue value) {
        Optional<ArnValue> target = value instanceof JsonString text
                ? Optional.of(new LiteralArn(new Located<>(text.value(), text.range(), pointer)))
                : intrinsics.asIntrinsic(value, pointer).map(ArnValue.class::cast);
        // Anything else is a type error CloudFormation itself rejects before deploying.
        target.ifPresent(arn -> references.add(new PolicyReference(resource.logicalId(), resource.type(), path, pointer, use, arn)));
    }

    /** Logical ids that a property names with {@code Ref}, one value or a list. */
    private List<String> resourceRefs(Resource resource, String property) {
        Optional<JsonValue> value = member(resource.properties(), property);
        if (value.isEmpty()) {
            return List.of();
        }
        List<JsonValue> values = value.get() instanceof JsonArray array ? array.elements() : List.of(value.get());
        List<String> ids = new ArrayList<>();
        for (JsonValue element : values) {
            intrinsics.asIntrinsic(element, "").filter(call -> call.function().equals("Ref"))
                    .flatMap(Unresolved::resource).ifPresent(ids::add);
        }
        return ids;
    }

    /** The first member named {@code key}, as CloudFormation reads it. */
    private static Optional<JsonValue> member(JsonObject object, String key) {
        for (JsonObject.Member member : object.members()) {
            if (member.key().equals(key)) {
                return Optional.of(member.value());
            }
        }
        return Optional.empty();
    }
}
