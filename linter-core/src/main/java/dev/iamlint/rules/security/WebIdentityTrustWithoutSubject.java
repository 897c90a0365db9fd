package dev.iamlint.rules.security;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * A trust policy that lets tokens of an OpenID Connect provider assume the role
 * ({@code sts:AssumeRoleWithWebIdentity}, a {@code Federated} principal
 * {@code arn:aws:iam::…:oidc-provider/ISSUER}) without a condition on the token's subject,
 * {@code ISSUER:sub}. The issuer signs tokens for everyone it serves: without the subject, any
 * GitHub repository's workflow can assume a role that trusts GitHub Actions, and any service
 * account of an EKS cluster one that trusts the cluster's issuer. For Cognito identity pools
 * ({@code cognito-identity.amazonaws.com}) the pool, {@code cognito-identity.amazonaws.com:aud}, is
 * what must be named. A test counts when it is positive (not negated, {@code …IfExists},
 * {@code Null} or {@code ForAllValues}) and not every value is {@code "*"}.
 */
@RuleInfo(
        id = "IAM211",
        name = "WebIdentityTrustWithoutSubject",
        summary = "Trust policy lets any token of an OpenID Connect provider assume the role",
        severity = Severity.ERROR,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html")
public final class WebIdentityTrustWithoutSubject implements DocumentRule {

    private static final String OIDC_PROVIDER = ":oidc-provider/";
    private static final String COGNITO = "cognito-identity.amazonaws.com";

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || statement.principal().isEmpty() || statement.principal().get().negated()
                    || !(statement.principal().get().value() instanceof PrincipalValue.ByType byType) || !webIdentity(statement)) {
                continue;
            }
            for (PrincipalValue.Entry entry : byType.entries()) {
                if (!entry.type().value().equals("Federated")) {
                    continue;
                }
                for (Located<String> provider : entry.values()) {
                    requiredKey(provider.value()).filter(key -> !namedIn(statement, key))
                            .ifPresent(key -> context.report(provider, message(provider.value(), key)));
                }
            }
        }
    }

    /** The condition key that names whose tokens may assume the role: the issuer's {@code sub}, or a Cognito pool's {@code aud}. */
    private static Optional<String> requiredKey(String provider) {
        if (UnknownValues.contains(provider)) {
            return Optional.empty();
        }
        if (provider.equalsIgnoreCase(COGNITO)) {
            return Optional.of(COGNITO + ":aud");
        }
        int at = provider.indexOf(OIDC_PROVIDER);
        return at < 0 ? Optional.empty() : Optional.of(provider.substring(at + OIDC_PROVIDER.length()) + ":sub");
    }

    private static boolean webIdentity(Statement statement) {
        return statement.action().isPresent() && !statement.action().get().negated()
                && Statements.covers(statement.action().get(), "sts:AssumeRoleWithWebIdentity");
    }

    /** Whether a positive test of the key with some value other than "*" limits the statement. */
    private static boolean namedIn(Statement statement, String key) {
        return statement.conditions().stream().anyMatch(condition -> Statements.requiresMatch(condition)
                && condition.key().value().equalsIgnoreCase(key)
                && !condition.values().stream().allMatch(value -> value.value().text().equals("*")));
    }

    private static String message(String provider, String key) {
        Tokens tokens = Tokens.of(key.substring(0, key.lastIndexOf(':')));
        return provider + " is trusted with no condition on " + key + ", so " + tokens.whose() + " can assume this role; add a"
                + " condition such as \"StringEquals\": {\"" + key + "\": \"" + tokens.example() + "\"}";
    }

    /** Whose tokens an issuer signs, and a value of the required key that names one. */
    private record Tokens(String whose, String example) {

        static Tokens of(String issuer) {
            String lower = issuer.toLowerCase(Locale.ROOT);
            if (lower.equals("token.actions.githubusercontent.com")) {
                return new Tokens("a workflow of any GitHub repository", "repo:OWNER/REPOSITORY:ref:refs/heads/main");
            }
            if (lower.startsWith("oidc.eks.")) {
                return new Tokens("any service account of the cluster", "system:serviceaccount:NAMESPACE:NAME");
            }
            if (lower.equals(COGNITO)) {
                return new Tokens("an identity of any Cognito identity pool", "REGION:IDENTITY-POOL-ID");
            }
            return new Tokens("any subject " + issuer + " issues tokens for", "SUBJECT");
        }
    }
}
