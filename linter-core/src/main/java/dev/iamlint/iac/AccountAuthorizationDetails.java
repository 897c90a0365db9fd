package dev.iamlint.iac;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.Pointers;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The IAM content of an account as {@code aws iam get-account-authorization-details} writes it:
 * an offline view of its users, groups, roles and customer managed policies.
 *
 * <p>Entities are named by their ARN: it is the {@code logicalId} of what they hold and the one
 * entry of {@code attachedTo} of their inline and trust policies; a managed policy's {@code logicalId}
 * is its ARN. Resource types are the CloudFormation names ({@code AWS::IAM::Role}, …). Of a
 * managed policy's versions only the default one is read, since only it is in effect.
 *
 * <p>Documents come in two forms. The AWS CLI writes them as JSON objects, whose positions are
 * exact. The raw API returns URL-encoded strings (RFC 3986, so {@code +} stays a plus); a decoded
 * offset does not map one to one onto the encoded characters, so every position inside such a
 * document is the range of the whole string. A string that already holds JSON (starts with
 * {@code {}) is parsed with exact positions through its escapes.
 *
 * @param path the file's path as the caller named it
 * @param policies inline, trust and default-version managed policies, in file order
 * @param references attached managed policies and permissions boundaries, {@code logicalId} the entity's ARN
 * @param groupsOfUser by user ARN, the names of the groups the user is in
 * @param problems why the file could not be read; empty when it could
 */
public record AccountAuthorizationDetails(String path, List<EmbeddedPolicy> policies, List<PolicyReference> references,
        Map<String, List<String>> groupsOfUser, List<Problem> problems) {

    private static final List<String> LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");

    public AccountAuthorizationDetails {
        Objects.requireNonNull(path, "path");
        policies = List.copyOf(policies);
        references = List.copyOf(references);
        groupsOfUser = Memberships.copyOf(groupsOfUser);
        problems = List.copyOf(problems);
    }

    /** With the parser's default limits. */
    public static AccountAuthorizationDetails read(String text, String path) {
        return read(text, path, ParseOptions.DEFAULTS);
    }

    /** Never throws on bad input: what cannot be read is in {@link #problems()}. */
    public static AccountAuthorizationDetails read(String text, String path, ParseOptions options) {
        return InputDocument.read(text, path, options).asAccount();
    }

    /** Account details already read from {@code text}, e.g. by {@link InputDocument}. */
    static AccountAuthorizationDetails of(JsonValue root, String text, String path, ParseOptions options) {
        if (!(root instanceof JsonObject account) || account.members().stream().noneMatch(m -> LISTS.contains(m.key()))) {
            return unreadable(path, new Problem(ProblemCode.MISSING_ELEMENT, Severity.ERROR,
                    "not IAM account authorization details: none of " + String.join(", ", LISTS), root.range(), ""));
        }
        Reader reader = new Reader(new StringPolicyParser(text, options));
        for (JsonObject.Member list : account.members()) {
            reader.list(list);
        }
        return new AccountAuthorizationDetails(path, reader.policies, reader.references, reader.groupsOfUser, List.of());
    }

    /** Each problem as {@code path:line:column: message}, the form compilers print and IDEs link. */
    public List<String> messages() {
        return problems.stream().map(problem -> path + ":" + problem).toList();
    }

    static AccountAuthorizationDetails unreadable(String path, Problem problem) {
        return new AccountAuthorizationDetails(path, List.of(), List.of(), Map.of(), List.of(problem));
    }

    /** One pass over the four lists. */
    private static final class Reader {
        private final StringPolicyParser parser;
        private final List<EmbeddedPolicy> policies = new ArrayList<>();
        private final List<PolicyReference> references = new ArrayList<>();
        private final Map<String, List<String>> groupsOfUser = new LinkedHashMap<>();

        Reader(StringPolicyParser parser) {
            this.parser = parser;
        }

        void list(JsonObject.Member list) {
            if (!(list.value() instanceof JsonArray entries)) {
                return;
            }
            String listPointer = Pointers.child("", list.key());
            for (int i = 0; i < entries.elements().size(); i++) {
                JsonValue entry = entries.elements().get(i);
                String pointer = Pointers.child(listPointer, i);
                switch (list.key()) {
                    case "UserDetailList" -> {
                        entity(entry, pointer, "AWS::IAM::User", "UserName", "UserPolicyList");
                        groupsOfUser.put(idOf(entry, "UserName"), strings(JsonMembers.member(entry, "GroupList")));
                    }
                    case "GroupDetailList" -> entity(entry, pointer, "AWS::IAM::Group", "GroupName", "GroupPolicyList");
                    case "RoleDetailList" -> {
                        entity(entry, pointer, "AWS::IAM::Role", "RoleName", "RolePolicyList");
                        JsonMembers.member(entry, "AssumeRolePolicyDocument").ifPresent(trust -> policy(idOf(entry, "RoleName"),
                                "AWS::IAM::Role", "AssumeRolePolicyDocument", trust, Pointers.child(pointer, "AssumeRolePolicyDocument"),
                                PolicyKind.RESOURCE, List.of(idOf(entry, "RoleName"))));
                    }
                    case "Policies" -> managedPolicy(entry, pointer);
                    default -> {
                        // other members (IsTruncated, Marker) hold no policies
                    }
                }
            }
        }

        private void entity(JsonValue entry, String pointer, String type, String nameKey, String inlineKey) {
            String id = idOf(entry, nameKey);
            forEach(entry, inlineKey, pointer, (inline, inlinePointer, path) -> JsonMembers.member(inline, "PolicyDocument")
                    .ifPresent(document -> policy(id, type, path + "/PolicyDocument", document,
                            Pointers.child(inlinePointer, "PolicyDocument"), PolicyKind.IDENTITY, List.of(id))));
            forEach(entry, "AttachedManagedPolicies", pointer, (attached, attachedPointer, path) ->
                    reference(id, type, attached, "PolicyArn", attachedPointer, path, Use.MANAGED_POLICY));
            JsonMembers.member(entry, "PermissionsBoundary").ifPresent(boundary -> reference(id, type, boundary,
                    "PermissionsBoundaryArn", Pointers.child(pointer, "PermissionsBoundary"), "PermissionsBoundary", Use.PERMISSIONS_BOUNDARY));
        }

        private void managedPolicy(JsonValue entry, String pointer) {
            String id = idOf(entry, "PolicyName");
            forEach(entry, "PolicyVersionList", pointer, (version, versionPointer, path) -> {
                boolean isDefault = JsonMembers.member(version, "IsDefaultVersion").filter(d -> d instanceof JsonBool b && b.value()).isPresent();
                Optional<JsonValue> document = JsonMembers.member(version, "Document");
                if (isDefault && document.isPresent()) {
                    policy(id, "AWS::IAM::ManagedPolicy", path + "/Document", document.get(), Pointers.child(versionPointer, "Document"),
                            PolicyKind.IDENTITY, List.of());
                }
            });
        }

        private void policy(String id, String type, String propertyPath, JsonValue document, String pointer, PolicyKind kind,
                List<String> attachedTo) {
            policies.add(new EmbeddedPolicy(id, type, propertyPath, pointer, kind, new ParsedPolicy(parser.parseDocument(document, kind, pointer), List.of()),
                    attachedTo));
        }

        private void reference(String id, String type, JsonValue holder, String arnKey, String holderPointer, String path, Use use) {
            Optional<JsonValue> arn = JsonMembers.member(holder, arnKey);
            if (arn.isPresent() && arn.get() instanceof JsonString text) {
                String pointer = Pointers.child(holderPointer, arnKey);
                references.add(new PolicyReference(id, type, path + "/" + arnKey, pointer, use,
                        new LiteralArn(new Located<>(text.value(), text.range(), pointer))));
            }
        }

        /** An entity is named by its ARN, or by its name when the output has no ARN. */
        private static String idOf(JsonValue entry, String nameKey) {
            return JsonMembers.text(entry, "Arn").or(() -> JsonMembers.text(entry, nameKey)).orElse("");
        }

        private static List<String> strings(Optional<JsonValue> list) {
            return list.filter(JsonArray.class::isInstance).map(l -> ((JsonArray) l).elements().stream()
                    .filter(JsonString.class::isInstance).map(s -> ((JsonString) s).value()).toList()).orElse(List.of());
        }

        private interface EntryAction {
            void accept(JsonValue element, String pointer, String propertyPath);
        }

        private static void forEach(JsonValue entry, String key, String entryPointer, EntryAction action) {
            Optional<JsonValue> list = JsonMembers.member(entry, key);
            if (list.isPresent() && list.get() instanceof JsonArray array) {
                for (int i = 0; i < array.elements().size(); i++) {
                    action.accept(array.elements().get(i), Pointers.child(Pointers.child(entryPointer, key), i), key + "/" + i);
                }
            }
        }
    }
}
