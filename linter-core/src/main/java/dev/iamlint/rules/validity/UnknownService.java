package dev.iamlint.rules.validity;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * An action whose service prefix names no AWS service, such as {@code ecrr:BatchGetImage}; also
 * when the name after it is an unknown value ({@code ecrr:${unknown:Action}}), as no name mends
 * the prefix.
 */
@RuleInfo(
        id = "IAM101",
        name = "UnknownService",
        summary = "Action names a service prefix that no AWS service has",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
public final class UnknownService implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Located<String> action : ActionPatterns.actionValues(context.document())) {
            int colon = action.value().indexOf(':');
            // An action the catalog knows has a known service: one lookup settles nearly every value. A prefix
            // with an unknown part may be any service's.
            if (colon <= 0 || colon >= KnownText.prefix(action.value()).length() || context.catalog().action(action.value()).isPresent()) {
                continue;
            }
            String prefix = action.value().substring(0, colon);
            if (ActionPatterns.hasWildcard(prefix) || context.catalog().service(prefix).isPresent()) {
                continue;
            }
            String name = action.value().substring(colon + 1);
            Optional<String> closest = context.catalog().closestService(prefix);
            String message = "\"" + prefix + "\" in " + action.value() + " is not the prefix of an AWS service";
            if (closest.isPresent()) {
                String suggestion = closest.get() + ":" + name;
                context.report(action, message + "; did you mean " + suggestion + "?", Fix.of("Replace with " + suggestion));
            } else {
                context.report(action, message + "; look the service up in the Service Authorization Reference");
            }
        }
    }
}
