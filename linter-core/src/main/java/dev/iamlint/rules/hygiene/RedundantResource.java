package dev.iamlint.rules.hygiene;

import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Map;

/**
 * A resource listed twice in one Resource or NotResource, or covered by a wildcard in the same
 * list ({@code arn:aws:s3:::logs/app/*} next to {@code arn:aws:s3:::logs/*}). ARNs are compared
 * field by field and case-sensitively, so that no finding depends on how IAM treats case.
 */
@RuleInfo(
        id = "IAM303",
        name = "RedundantResource",
        summary = "Resource is repeated or covered by another in the same list",
        severity = Severity.NOTE,
        category = Category.HYGIENE,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html")
public final class RedundantResource implements DocumentRule {

    private static final Coverage RESOURCES = Coverage.resources();

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.resource().isEmpty()) {
                continue;
            }
            List<Located<String>> resources = statement.resource().get().values();
            Map<Located<String>, Located<String>> redundant = RESOURCES.redundant(resources);
            for (Located<String> resource : resources) {
                if (redundant.containsKey(resource)) {
                    context.report(resource, RESOURCES.explain(resource, redundant.get(resource)));
                }
            }
        }
    }
}
