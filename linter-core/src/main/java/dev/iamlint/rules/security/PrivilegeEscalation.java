package dev.iamlint.rules.security;

import static dev.iamlint.rules.security.RiskyAction.Scope.ANY_RESOURCE;
import static dev.iamlint.rules.security.RiskyAction.Scope.EVERY_RESOURCE;
import static dev.iamlint.rules.security.RiskyAction.Scope.WITH_PASS_ROLE;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;
import java.util.List;

/**
 * An Allow of an action that lets the principal raise its own permissions: rewrite or attach
 * policies, take over other users, assume any role, or pass any role to code it creates. The list
 * follows Rhino Security Labs' escalation methods as cloudsplaining and policy_sentry collect them
 * (see docs/rules/IAM207.md); iam:PassRole alone is IAM205's.
 */
@RuleInfo(
        id = "IAM207",
        name = "PrivilegeEscalation",
        summary = "Statement allows an action that can raise the principal's own permissions",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class PrivilegeEscalation implements DocumentRule {

    private static final List<RiskyAction> ACTIONS = List.of(
            new RiskyAction("iam:AddUserToGroup", "adds a user, the principal itself included, to a group with more permissions", ANY_RESOURCE),
            new RiskyAction("iam:AttachGroupPolicy", "attaches any managed policy, AdministratorAccess included, to a group", ANY_RESOURCE),
            new RiskyAction("iam:AttachRolePolicy", "attaches any managed policy, AdministratorAccess included, to a role", ANY_RESOURCE),
            new RiskyAction("iam:AttachUserPolicy", "attaches any managed policy, AdministratorAccess included, to a user", ANY_RESOURCE),
            new RiskyAction("iam:CreateAccessKey", "creates access keys for any user, so the principal can act as that user", EVERY_RESOURCE),
            new RiskyAction("iam:CreateLoginProfile", "sets a console password for any user, so the principal can sign in as that user",
                    EVERY_RESOURCE),
            new RiskyAction("iam:CreatePolicyVersion", "rewrites a managed policy, possibly one attached to the principal itself",
                    ANY_RESOURCE),
            new RiskyAction("iam:PutGroupPolicy", "writes an inline policy that grants anything to a group", ANY_RESOURCE),
            new RiskyAction("iam:PutRolePolicy", "writes an inline policy that grants anything to a role", ANY_RESOURCE),
            new RiskyAction("iam:PutUserPolicy", "writes an inline policy that grants anything to a user", ANY_RESOURCE),
            new RiskyAction("iam:SetDefaultPolicyVersion", "switches a managed policy to another of its versions, which may grant more",
                    ANY_RESOURCE),
            new RiskyAction("iam:UpdateAssumeRolePolicy", "rewrites a role's trust policy so that the principal can assume the role",
                    ANY_RESOURCE),
            new RiskyAction("iam:UpdateLoginProfile", "changes any user's console password, so the principal can sign in as that user",
                    EVERY_RESOURCE),
            new RiskyAction("sts:AssumeRole", "assumes any role whose trust policy trusts this account", EVERY_RESOURCE),
            new RiskyAction("lambda:UpdateFunctionCode", "replaces the code of any function, which then runs with the function's role",
                    EVERY_RESOURCE),
            new RiskyAction("glue:UpdateDevEndpoint", "adds an SSH key to any Glue development endpoint and runs code with its role",
                    EVERY_RESOURCE),
            new RiskyAction("cloudformation:CreateStack", "creates a stack that acts with any role", WITH_PASS_ROLE),
            new RiskyAction("codebuild:CreateProject", "creates a build project that runs with any role", WITH_PASS_ROLE),
            new RiskyAction("datapipeline:CreatePipeline", "creates a pipeline that runs with any role", WITH_PASS_ROLE),
            new RiskyAction("ec2:RunInstances", "starts an instance with any role", WITH_PASS_ROLE),
            new RiskyAction("glue:CreateDevEndpoint", "creates a Glue development endpoint with any role", WITH_PASS_ROLE),
            new RiskyAction("lambda:CreateFunction", "creates a function that runs with any role", WITH_PASS_ROLE),
            new RiskyAction("sagemaker:CreateNotebookInstance", "creates a notebook instance that runs with any role", WITH_PASS_ROLE));

    private static final RiskyActions CHECK = new RiskyActions(ACTIONS, "a path to privilege escalation");

    @Override
    public void check(DocumentContext context) {
        CHECK.check(context);
    }

    /** The actions this rule knows, for tests. */
    static List<RiskyAction> actions() {
        return ACTIONS;
    }
}
