package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.catalog.ServiceInfo;
import dev.iamlint.eval.match.Glob;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * An action pattern with wildcards that matches no action, such as {@code ecr:Batch*Images}. A
 * value with an unknown part ({@code ecr:Batch${unknown:Kind}Images}) is such a pattern too, its
 * markers wildcards: when that matches nothing, no value of the unknown part makes an action.
 */
@RuleInfo(
        id = "IAM103",
        name = "UnmatchedActionPattern",
        summary = "Action wildcard matches no action",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html")
public final class UnmatchedActionPattern implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Located<String> action : ActionPatterns.actionValues(context.document())) {
            String pattern = KnownText.pattern(action.value());
            int colon = pattern.indexOf(':');
            // Unknown services and values without a prefix are IAM101's and IAM102's.
            if (colon <= 0 || !ActionPatterns.hasWildcard(pattern)) {
                continue;
            }
            String prefix = pattern.substring(0, colon);
            if (!ActionPatterns.hasWildcard(prefix) && context.catalog().service(prefix).isEmpty()) {
                continue;
            }
            if (!matchesAnAction(context, pattern, prefix)) {
                String value = action.value();
                String scope = ActionPatterns.hasWildcard(prefix) ? "any service" : "service " + prefix.toLowerCase(Locale.ROOT);
                context.report(action, value + " matches no action of " + scope + "; correct the pattern or remove it");
            }
        }
    }

    /** Whether the pattern matches some action, stopping at the first; a service part with wildcards is matched by the catalog. */
    private static boolean matchesAnAction(DocumentContext context, String pattern, String prefix) {
        if (ActionPatterns.hasWildcard(prefix)) {
            return !context.catalog().matchingActions(pattern).isEmpty();
        }
        Optional<ServiceInfo> service = context.catalog().service(prefix);
        if (service.isEmpty()) {
            return false;
        }
        Glob name = Glob.compile(pattern.substring(prefix.length() + 1), true);
        for (ActionInfo action : service.get().actions()) {
            if (name.matches(action.name())) {
                return true;
            }
        }
        return false;
    }
}
