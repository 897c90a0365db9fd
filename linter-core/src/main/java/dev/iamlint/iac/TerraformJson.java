package dev.iamlint.iac;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonValue;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The IAM content of a Terraform plan or state: a plan as {@code terraform show -json plan.out}
 * writes it (what will be deployed), a state as {@code terraform show -json} writes it, or a
 * state file itself ({@code terraform.tfstate}, {@code terraform state pull}), both what is
 * deployed.
 *
 * <p>A plan is read from {@code resource_changes[].change.after}, not {@code planned_values}: only
 * there does {@code after_unknown} say which values are computed ("known after apply"), and those
 * must become {@link Unresolved} values rather than look absent. Changes that delete a resource
 * are skipped. A state is read from {@code values.root_module} and its {@code child_modules}, or a
 * state file's {@code resources[].instances[].attributes}; all its values are known. Data sources
 * are skipped; module resources are included, named by their full address.
 *
 * <p>A value known only after apply is an {@link Unresolved} whose {@code resource} is the address
 * of the plan resource it comes from, when the plan's {@code configuration} section shows that its
 * expression references that one resource and nothing else ({@code policy_arn =
 * aws_iam_policy.pull.arn} gives {@code aws_iam_policy.pull}; see {@link PlanConfiguration}).
 *
 * <p>Policies are JSON strings in Terraform's JSON; they are parsed with positions in the file, each
 * pointing at the raw characters of the string (escapes included), and with pointers that extend
 * the string's own pointer, e.g. {@code /resource_changes/0/change/after/policy/Statement/0}.
 *
 * @param path the file's path as the caller named it
 * @param kind whether the file is a plan or a state ({@code PLAN} when it could not be read)
 * @param policies in file order; {@code attachedTo} holds role, user and group <em>names</em>,
 *     which is how Terraform attaches; a role, user or group whose name is known only after apply
 *     is named by its address instead, both where it is defined and where an attachment
 *     references it ({@code role = aws_iam_role.node.id}); an unknown name the configuration does
 *     not trace to one of them is not listed
 * @param references managed policy ARNs, permissions boundaries and node roles (of node groups,
 *     and the {@code role} of instance profiles, a name); {@code logicalId} is the resource
 *     address, {@code propertyPath} the attribute path such as {@code managed_policy_arns/0}
 * @param attachedTo by resource address, the names (or addresses, as in {@code policies}) of the
 *     roles, users and groups that a resource's references apply to (a role's own name, or an
 *     attachment's {@code role}, …)
 * @param groupsOfUser by user, the groups the user is in ({@code aws_iam_user_group_membership},
 *     {@code aws_iam_group_membership}), users and groups named as in {@code policies}
 * @param roleArns by role, named as in {@code policies}, its ARN where the file gives it (a state's
 *     roles; in a plan a new role's ARN is known only after apply)
 * @param problems why the file could not be read as a plan or state; empty when it could
 */
public record TerraformJson(String path, Kind kind, List<EmbeddedPolicy> policies, List<PolicyReference> references,
        Map<String, List<String>> attachedTo, Map<String, List<String>> groupsOfUser, Map<String, String> roleArns, List<Problem> problems) {

    /** The {@link Unresolved#function()} of a value Terraform computes during apply. */
    public static final String KNOWN_AFTER_APPLY = "(known after apply)";

    /** What the JSON describes. */
    public enum Kind {
        /** What {@code terraform apply} would deploy. */
        PLAN,
        /** What is deployed. */
        STATE
    }

    public TerraformJson {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        policies = List.copyOf(policies);
        references = List.copyOf(references);
        attachedTo = Map.copyOf(attachedTo);
        groupsOfUser = Memberships.copyOf(groupsOfUser);
        roleArns = Map.copyOf(roleArns);
        problems = List.copyOf(problems);
    }

    /** With the parser's default limits. */
    public static TerraformJson read(String text, String path) {
        return read(text, path, ParseOptions.DEFAULTS);
    }

    /** Never throws on bad input: what cannot be read is in {@link #problems()}. */
    public static TerraformJson read(String text, String path, ParseOptions options) {
        return InputDocument.read(text, path, options).asTerraform();
    }

    /** A plan or state already read from {@code text}, e.g. by {@link InputDocument}. */
    static TerraformJson of(JsonValue root, String text, String path, ParseOptions options) {
        if (!(root instanceof JsonObject object)) {
            return unreadable(path, notTerraform(root));
        }
        // The parser is made only for a plan or state: every JSON input that is no template is asked.
        Optional<JsonArray> changes = changesOf(object);
        if (changes.isPresent()) {
            return of(path, Kind.PLAN, PlanReader.ofPlan(new StringPolicyParser(text, options), changes.get(),
                    JsonMembers.member(object, "configuration")));
        }
        Optional<List<PlanReader.Resource>> deployed = StateResources.of(object);
        if (deployed.isPresent()) {
            return of(path, Kind.STATE, PlanReader.ofState(new StringPolicyParser(text, options), deployed.get()));
        }
        return unreadable(path, notTerraform(root));
    }

    private static TerraformJson of(String path, Kind kind, PlanReader reader) {
        return new TerraformJson(path, kind, reader.policies(), reader.references(), reader.attachedTo(), reader.groupsOfUser(),
                reader.roleArns(), List.of());
    }

    /** Each problem as {@code path:line:column: message}, the form compilers print and IDEs link. */
    public List<String> messages() {
        return problems.stream().map(problem -> path + ":" + problem).toList();
    }

    static TerraformJson unreadable(String path, Problem problem) {
        return new TerraformJson(path, Kind.PLAN, List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(problem));
    }

    private static Problem notTerraform(JsonValue root) {
        return new Problem(ProblemCode.MISSING_ELEMENT, Severity.ERROR,
                "not a Terraform plan or state: no \"resource_changes\", \"planned_values\", \"values\" or \"resources\"", root.range(), "");
    }

    /** A plan without resources has no {@code resource_changes} but still has {@code planned_values}. */
    private static Optional<JsonArray> changesOf(JsonObject plan) {
        Optional<JsonArray> empty = Optional.empty();
        for (JsonObject.Member member : plan.members()) {
            if (member.key().equals("resource_changes") && member.value() instanceof JsonArray changes) {
                return Optional.of(changes);
            }
            if (member.key().equals("planned_values")) {
                empty = Optional.of(new JsonArray(List.of(), member.value().range()));
            }
        }
        return empty;
    }
}
