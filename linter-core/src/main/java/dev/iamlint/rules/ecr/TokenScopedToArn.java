package dev.iamlint.rules.ecr;

import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.Pointers;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code ecr:GetAuthorizationToken} allowed on repository ARNs only. The action has no
 * resource-level permissions, so AWS authorizes it on {@code "*"}, which no ARN matches: the
 * statement grants no login token and the credential provider fails before any pull.
 * Reported at the resource value (the whole Resource element when it lists several).
 */
@RuleInfo(
        id = "ECR003",
        name = "TokenScopedToArn",
        summary = "ecr:GetAuthorizationToken is scoped to an ARN, which grants nothing",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html")
public final class TokenScopedToArn implements DocumentRule {

    private static final String TOKEN_STATEMENT = """
            {
                "Effect": "Allow",
                "Action": "ecr:GetAuthorizationToken",
                "Resource": "*"
            }""";

    @Override
    public void check(DocumentContext context) {
        if (context.kind() != PolicyKind.IDENTITY) {
            return;
        }
        for (Statement statement : context.document().statements()) {
            Optional<ResourceElement> resource = TokenScope.scopedTokenGrant(statement, context.catalog());
            if (resource.isEmpty()) {
                continue;
            }
            List<Located<String>> values = resource.get().values();
            String named = values.size() == 1 ? values.get(0).value() : "only ARNs";
            String message = "ecr:GetAuthorizationToken has no resource-level permissions: AWS authorizes it on \"*\","
                    + " so scoped to " + named + " it grants nothing, the credential provider cannot get a login token,"
                    + " and every pull fails";
            Fix fix = TokenScope.grantsMoreThanToken(statement, context.catalog())
                    ? new Fix("Move ecr:GetAuthorizationToken out of this statement into one of its own with \"Resource\": \"*\"",
                            List.of(new Fix.Option("Statement", TOKEN_STATEMENT)))
                    : new Fix("Set \"Resource\": \"*\": a login token is for the caller's whole registry, whatever the ARN",
                            List.of(new Fix.Option("Resource", "\"*\"")));
            Located<?> where = values.size() == 1
                    ? values.get(0)
                    : new Located<>("Resource", resource.get().range(), Pointers.child(statement.pointer(), "Resource"));
            context.report(where, message, fix);
        }
    }
}
