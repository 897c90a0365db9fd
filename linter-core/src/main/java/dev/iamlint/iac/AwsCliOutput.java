package dev.iamlint.iac;

import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.ParseResult;
import java.util.Optional;
import java.util.Set;

/**
 * A policy inside what the AWS CLI prints for one policy, as users save it to lint what an account
 * holds (the node role whose pulls fail, say):
 * <ul>
 *   <li>{@code aws iam get-role-policy}, {@code get-user-policy}, {@code get-group-policy}:
 *       {@code {"RoleName": …, "PolicyName": …, "PolicyDocument": {…}}}, an identity policy;</li>
 *   <li>{@code aws iam get-policy-version}: {@code {"PolicyVersion": {"Document": {…}, …}}}, an
 *       identity policy;</li>
 *   <li>{@code aws iam get-role}: {@code {"Role": {"AssumeRolePolicyDocument": {…}, …}}}, the
 *       role's trust policy;</li>
 *   <li>{@code aws ecr get-repository-policy}, {@code get-registry-policy} (and {@code ecr-public}'s):
 *       {@code {"registryId": …, "policyText": "…"}}, a resource policy as JSON text;</li>
 *   <li>{@code aws s3api get-bucket-policy}, {@code aws kms get-key-policy}, {@code aws lambda
 *       get-policy}: {@code {"Policy": "…"}} (with {@code PolicyName} or {@code RevisionId}), a
 *       resource policy as JSON text.</li>
 * </ul>
 * Documents are read as {@link StringPolicyParser#parseDocument} reads them, with positions in the file.
 *
 * @param document the policy document as the output writes it
 * @param pointer the document's pointer, e.g. {@code /PolicyDocument}
 * @param kind what the document is
 */
public record AwsCliOutput(JsonValue document, String pointer, PolicyKind kind) {

    /** The members that may stand beside a resource policy's {@code Policy} text. */
    private static final Set<String> BESIDE_POLICY = Set.of("Policy", "PolicyName", "RevisionId");

    /** The policy that {@code root} holds as one of the outputs above; empty for any other JSON. */
    public static Optional<AwsCliOutput> of(JsonValue root) {
        if (!(root instanceof JsonObject object)) {
            return Optional.empty();
        }
        Optional<JsonValue> inline = JsonMembers.member(object, "PolicyDocument");
        if (inline.isPresent() && JsonMembers.member(object, "PolicyName").isPresent()) {
            return Optional.of(new AwsCliOutput(inline.get(), "/PolicyDocument", PolicyKind.IDENTITY));
        }
        Optional<JsonValue> version = JsonMembers.member(object, "PolicyVersion").flatMap(v -> JsonMembers.member(v, "Document"));
        if (version.isPresent()) {
            return Optional.of(new AwsCliOutput(version.get(), "/PolicyVersion/Document", PolicyKind.IDENTITY));
        }
        Optional<JsonValue> trust = JsonMembers.member(object, "Role").flatMap(r -> JsonMembers.member(r, "AssumeRolePolicyDocument"));
        if (trust.isPresent()) {
            return Optional.of(new AwsCliOutput(trust.get(), "/Role/AssumeRolePolicyDocument", PolicyKind.RESOURCE));
        }
        Optional<JsonValue> text = JsonMembers.member(object, "policyText");
        if (text.isPresent() && JsonMembers.member(object, "registryId").isPresent()) {
            return Optional.of(new AwsCliOutput(text.get(), "/policyText", PolicyKind.RESOURCE));
        }
        Optional<JsonValue> policy = JsonMembers.member(object, "Policy");
        if (policy.isPresent() && policy.get() instanceof JsonString string && string.value().stripLeading().startsWith("{")
                && object.members().stream().allMatch(member -> BESIDE_POLICY.contains(member.key()))) {
            return Optional.of(new AwsCliOutput(string, "/Policy", PolicyKind.RESOURCE));
        }
        return Optional.empty();
    }

    /** The document parsed as a policy of {@code kind}, with positions in {@code text}, the file the output was read from. */
    public ParseResult parse(String text, ParseOptions options, PolicyKind kind) {
        return new StringPolicyParser(text, options).parseDocument(document, kind, pointer);
    }
}
