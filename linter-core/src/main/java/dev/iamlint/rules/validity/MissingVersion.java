package dev.iamlint.rules.validity;

import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;

/**
 * A policy without {@code Version}. AWS then reads it as 2008-10-17, the old grammar, under which
 * policy variables are literal text; naming the version says which grammar was meant.
 */
@RuleInfo(
        id = "IAM112",
        name = "MissingVersion",
        summary = "Policy has no Version element",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html")
public final class MissingVersion implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        if (context.document().version().isPresent()) {
            return;
        }
        SourceRange document = context.document().range();
        SourceRange openingBrace = new SourceRange(document.line(), document.column(), document.line(), document.column() + 1);
        context.report(openingBrace, "", "policy has no \"Version\", so AWS reads it as 2008-10-17, where policy variables"
                + " are literal text; add \"Version\": \"2012-10-17\"");
    }
}
