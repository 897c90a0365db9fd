package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.eval.match.Glob;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement whose actions all lack resource-level permissions (no resource type in the Service
 * Authorization Reference, such as {@code ecr:DescribeRegistry}) while its Resource names only
 * specific ARNs. AWS authorizes such actions on {@code "*"}, so the statement most likely grants
 * or denies nothing. A warning, as the reference misses resource types of some actions; values
 * whose resource part is only stars ({@code arn:aws:s3:::*}) are accepted, as AWS's own examples
 * grant {@code s3:ListAllMyBuckets} that way. {@code ecr:GetAuthorizationToken} is left to
 * ECR003, which explains its part in an image pull, so that it is not reported twice.
 */
@RuleInfo(
        id = "IAM106",
        name = "ArnForWildcardOnlyAction",
        summary = "Actions without resource-level permissions are scoped to ARNs",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_controlling.html#access_controlling-resources")
public final class ArnForWildcardOnlyAction implements DocumentRule {

    private static final String ECR_TOKEN = "ecr:GetAuthorizationToken";
    private static final int ACTIONS_NAMED = 3;

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.action().isEmpty() || statement.action().get().negated()
                    || statement.resource().isEmpty() || statement.resource().get().negated()
                    || Located.anyValue(statement.resource().get().values(), ArnForWildcardOnlyAction::mayNameEverything)) {
                continue;
            }
            List<Reported> reported = new ArrayList<>();
            boolean noneHasTypes = true;
            for (Located<String> action : statement.action().get().values()) {
                List<ActionInfo> matched = ActionPatterns.expand(context.catalog(), action.value());
                // An unknown action (IAM101-103) leaves the statement's meaning open: no finding.
                if (ArnPatterns.isWildcard(action.value()) || matched.isEmpty() || anyHasResourceTypes(matched)) {
                    noneHasTypes = false;
                    break;
                }
                List<ActionInfo> withoutToken = new ArrayList<>(matched.size());
                for (ActionInfo each : matched) {
                    if (!each.is(ECR_TOKEN)) {
                        withoutToken.add(each);
                    }
                }
                if (!withoutToken.isEmpty()) {
                    reported.add(new Reported(action, withoutToken));
                }
            }
            if (!noneHasTypes) {
                continue;
            }
            for (Reported each : reported) {
                context.report(each.action(), message(each), Fix.of("Move " + each.action().value()
                        + " to a statement with \"Resource\": \"*\""));
            }
        }
    }

    private static boolean anyHasResourceTypes(List<ActionInfo> actions) {
        for (ActionInfo action : actions) {
            if (action.supportsResourceLevelPermissions()) {
                return true;
            }
        }
        return false;
    }

    /** An action value of a statement that is to be reported, with the actions it matches. */
    private record Reported(Located<String> action, List<ActionInfo> matched) {
    }

    /**
     * Whether a resource value could stand for the "*" such actions are authorized on; one with an
     * unknown part is read as the pattern of every value it may stand for, and may name anything
     * when it lacks fields, which the unknown part may hold.
     */
    private static boolean mayNameEverything(String resource) {
        String pattern = KnownText.pattern(resource);
        if (Glob.compile(pattern, false).matches("*")) {
            return true;
        }
        List<String> fields = ArnPatterns.fields(pattern);
        if (fields.size() < ArnPatterns.FIELDS) {
            return UnknownValues.contains(resource);
        }
        return ArnPatterns.isWildcard(fields.get(ArnPatterns.RESOURCE));
    }

    private static String message(Reported reported) {
        String value = reported.action().value();
        boolean pattern = ActionPatterns.hasWildcard(value);
        String subject = pattern
                ? value + " matches only actions without resource types in the Service Authorization Reference ("
                        + Phrases.enumerate(reported.matched(), ActionInfo::qualifiedName, ACTIONS_NAMED, "action")
                        + ")"
                : value + " has no resource types in the Service Authorization Reference";
        String them = pattern ? "them" : "it";
        return subject + ": AWS authorizes " + them + " on \"*\", which none of this statement's ARNs names, so the statement"
                + " most likely does not apply to " + them + "; move " + them + " to a statement with \"Resource\": \"*\"";
    }
}
