package dev.iamlint.lint;

import dev.iamlint.iac.AccountAuthorizationDetails;
import dev.iamlint.iac.CloudFormationTemplate;
import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.iac.InputDocument;
import dev.iamlint.iac.NotATemplate;
import dev.iamlint.iac.PolicyReference;
import dev.iamlint.iac.TemplateFormat;
import dev.iamlint.iac.TemplateParameters;
import dev.iamlint.iac.TemplateRead;
import dev.iamlint.iac.TerraformJson;
import dev.iamlint.iac.UnreadableTemplate;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An input that holds policies rather than being one: a CloudFormation template, a Terraform plan
 * or account authorization details, as its reader gave it.
 *
 * @param kind how the input was taken; {@code NOT_A_POLICY} for a YAML file that is no template
 * @param policies the policies it holds, with positions in the input
 * @param references the ARNs it names: managed policies, boundaries, node roles
 * @param attachedTo a Terraform plan's role names by resource address (see {@link TerraformJson#attachedTo()}); empty otherwise
 * @param groupsOfUser by user (as {@link #appliesTo} names it), the groups the user is in, by name or
 *     as {@link #appliesTo} names them; in the input's order
 * @param roleArns by role key ({@link Role#key()}), its ARN where the input gives it apart from its
 *     id: a Terraform state's roles (see {@link TerraformJson#roleArns()}); empty otherwise
 * @param problems why (part of) the input could not be read
 */
record IacInput(FileResult.Kind kind, List<EmbeddedPolicy> policies, List<PolicyReference> references,
        Map<String, List<String>> attachedTo, Map<String, List<String>> groupsOfUser, Map<String, String> roleArns,
        List<Problem> problems) {

    private static final Set<String> ROLE_TYPES = Set.of("AWS::IAM::Role", "aws_iam_role");

    IacInput {
        policies = List.copyOf(policies);
        references = List.copyOf(references);
        attachedTo = Map.copyOf(attachedTo);
        // In input order: users that have only their groups' policies become principals in this order.
        groupsOfUser = Collections.unmodifiableMap(new LinkedHashMap<>(groupsOfUser));
        roleArns = Map.copyOf(roleArns);
        problems = List.copyOf(problems);
    }

    /**
     * A role the input defines, found by its trust policy.
     *
     * @param id its logical id, resource address or ARN
     * @param key how the input's policies and attachments name it: the logical id or ARN, or a
     *     Terraform role's name
     * @param trust its trust policy
     */
    record Role(String id, String key, EmbeddedPolicy trust) {}

    List<Role> roles() {
        return policies.stream()
                .filter(p -> p.kind() == PolicyKind.RESOURCE && ROLE_TYPES.contains(p.resourceType()))
                .map(p -> new Role(p.logicalId(), p.attachedTo().isEmpty() ? p.logicalId() : p.attachedTo().get(0), p))
                .toList();
    }

    /** How messages name the input: "this template", … */
    String noun() {
        return switch (kind) {
            case TERRAFORM_PLAN -> "this plan";
            case TERRAFORM_STATE -> "this state";
            case AUTHORIZATION_DETAILS -> "these account authorization details";
            default -> "this template";
        };
    }

    /** The roles, users and groups a reference applies to, named as {@link Role#key()} names them. */
    List<String> appliesTo(PolicyReference reference) {
        return attachedTo.getOrDefault(reference.logicalId(), List.of(reference.logicalId()));
    }

    /**
     * Reads {@code input} by its top-level keys, as the readers define them: {@code Resources} or
     * {@code AWSTemplateFormatVersion} make a template, {@code resource_changes} or {@code planned_values}
     * a plan, {@code values.root_module} or a state file's {@code version} and {@code resources} a
     * state, one of the detail lists ({@code RoleDetailList}, {@code Policies}, …) authorization
     * details. YAML is only ever a template, and a
     * {@code *.yaml}/{@code *.yml} file that is none is skipped rather than reported as bad JSON.
     * Empty when the input is none of these, so that it is read as a bare policy. A template's
     * intrinsics are resolved with {@code parameters}.
     */
    static Optional<IacInput> read(SourceText input, InputDocument document, TemplateParameters parameters) {
        TemplateRead read = document.asTemplate(parameters);
        if (read instanceof CloudFormationTemplate template) {
            return Optional.of(new IacInput(FileResult.Kind.CLOUDFORMATION_TEMPLATE, template.policies(), template.references(),
                    Map.of(), template.groupsOfUser(), Map.of(), template.problems()));
        }
        if (read instanceof UnreadableTemplate unreadable) {
            return isYamlFile(input, unreadable.format())
                    ? Optional.of(new IacInput(FileResult.Kind.CLOUDFORMATION_TEMPLATE, List.of(), List.of(), Map.of(),
                            Map.of(), Map.of(), List.of(unreadable.problem())))
                    : Optional.empty();
        }
        NotATemplate other = (NotATemplate) read;
        if (other.format() == TemplateFormat.YAML) {
            return isYamlFile(input, other.format())
                    ? Optional.of(new IacInput(FileResult.Kind.NOT_A_POLICY, List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                            List.of()))
                    : Optional.empty();
        }
        // Well-formed JSON by now, so a reader's only problem is that the input is not its kind.
        TerraformJson terraform = document.asTerraform();
        if (terraform.problems().isEmpty()) {
            FileResult.Kind kind = terraform.kind() == TerraformJson.Kind.STATE
                    ? FileResult.Kind.TERRAFORM_STATE : FileResult.Kind.TERRAFORM_PLAN;
            return Optional.of(new IacInput(kind, terraform.policies(), terraform.references(), terraform.attachedTo(),
                    terraform.groupsOfUser(), terraform.roleArns(), List.of()));
        }
        AccountAuthorizationDetails account = document.asAccount();
        if (account.problems().isEmpty()) {
            return Optional.of(new IacInput(FileResult.Kind.AUTHORIZATION_DETAILS, account.policies(), account.references(),
                    Map.of(), account.groupsOfUser(), Map.of(), List.of()));
        }
        return Optional.empty();
    }

    private static boolean isYamlFile(SourceText input, TemplateFormat format) {
        String path = input.path().toLowerCase(Locale.ROOT);
        return format == TemplateFormat.YAML && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }
}
