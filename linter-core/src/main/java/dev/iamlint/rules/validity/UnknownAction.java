package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.catalog.ServiceInfo;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * An action that its service does not have, such as {@code ecr:BatchGetImages}, or a value that is
 * no {@code service:Name} at all. It matches nothing, so an Allow grants nothing and a Deny denies
 * nothing.
 */
@RuleInfo(
        id = "IAM102",
        name = "UnknownAction",
        summary = "Action does not exist in its service",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
public final class UnknownAction implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Located<String> action : ActionPatterns.actionValues(context.document())) {
            check(context, action);
        }
    }

    private static void check(DocumentContext context, Located<String> action) {
        String value = action.value();
        // Nearly every value names an action: one lookup settles it. A value with an unknown part may name any
        // action; IAM103 checks what is known of it as a pattern.
        if (context.catalog().action(value).isPresent() || UnknownValues.contains(value)) {
            return;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            if (!ArnPatterns.isWildcard(value)) {
                context.report(action, "\"" + value + "\" is not an action: write actions as service:Name, such as s3:GetObject");
            }
            return;
        }
        String name = value.substring(colon + 1);
        Optional<ServiceInfo> service = context.catalog().service(value.substring(0, colon));
        if (service.isEmpty() || ActionPatterns.hasWildcard(name)) {
            return;
        }
        String message = value + " is not an action of service " + service.get().prefix();
        Optional<ActionInfo> closest = context.catalog().closestAction(value);
        if (closest.isPresent()) {
            String suggestion = closest.get().qualifiedName();
            context.report(action, message + "; did you mean " + suggestion + "?", Fix.of("Replace with " + suggestion));
        } else {
            context.report(action, message + "; look its actions up in the Service Authorization Reference");
        }
    }
}
