package dev.iamlint.rules.security;

import static dev.iamlint.rules.security.RiskyAction.Scope.EVERY_RESOURCE;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;
import java.util.List;

/**
 * An Allow, on every resource, of an action whose response carries a credential of another
 * identity or system: a password, a private key, a database login. Drawn from policy_sentry's and
 * cloudsplaining's credentials-exposure lists, without the entries that return no credential or
 * only the caller's own (see docs/rules/IAM208.md); {@code ecr:GetAuthorizationToken} is on those
 * lists but every image pull needs it on {@code "*"}, so it is never reported.
 * {@code iam:CreateAccessKey} is IAM207's.
 */
@RuleInfo(
        id = "IAM208",
        name = "CredentialsExposure",
        summary = "Statement allows an action that returns credentials, on every resource",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class CredentialsExposure implements DocumentRule {

    private static final List<RiskyAction> ACTIONS = List.of(
            new RiskyAction("connect:GetFederationToken", "returns a federation token for any Amazon Connect instance", EVERY_RESOURCE),
            new RiskyAction("ec2:GetPasswordData", "returns the encrypted Administrator password of any Windows instance", EVERY_RESOURCE),
            new RiskyAction("gamelift:GetInstanceAccess", "returns credentials to sign in to any GameLift fleet instance", EVERY_RESOURCE),
            new RiskyAction("gamelift:RequestUploadCredentials", "returns credentials to upload files for any GameLift build",
                    EVERY_RESOURCE),
            new RiskyAction("iam:CreateServiceSpecificCredential", "creates a service password (CodeCommit, Amazon Keyspaces) for any user",
                    EVERY_RESOURCE),
            new RiskyAction("iam:ResetServiceSpecificCredential", "resets and returns any user's service password", EVERY_RESOURCE),
            new RiskyAction("lightsail:DownloadDefaultKeyPair", "returns the private key of the default Lightsail key pair", EVERY_RESOURCE),
            new RiskyAction("lightsail:GetInstanceAccessDetails", "returns SSH keys or passwords of any Lightsail instance", EVERY_RESOURCE),
            new RiskyAction("lightsail:GetRelationalDatabaseMasterUserPassword", "returns the master password of any Lightsail database",
                    EVERY_RESOURCE),
            new RiskyAction("redshift:GetClusterCredentials", "returns a temporary password for any database user of any Redshift cluster",
                    EVERY_RESOURCE),
            new RiskyAction("redshift:GetClusterCredentialsWithIAM", "returns temporary database credentials for any Redshift cluster",
                    EVERY_RESOURCE),
            new RiskyAction("redshift-serverless:GetCredentials", "returns temporary database credentials for any Redshift Serverless"
                    + " workgroup", EVERY_RESOURCE),
            new RiskyAction("storagegateway:DescribeChapCredentials", "returns the CHAP secrets of any Storage Gateway iSCSI target",
                    EVERY_RESOURCE));

    private static final RiskyActions CHECK = new RiskyActions(ACTIONS, "credentials exposure");

    @Override
    public void check(DocumentContext context) {
        CHECK.check(context);
    }

    /** The actions this rule knows, for tests. */
    static List<RiskyAction> actions() {
        return ACTIONS;
    }
}
