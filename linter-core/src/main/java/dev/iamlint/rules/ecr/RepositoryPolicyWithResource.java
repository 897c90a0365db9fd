package dev.iamlint.rules.ecr;

import dev.iamlint.model.PolicyDocument;
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
import java.util.Locale;
import java.util.Set;

/**
 * An ECR repository policy with Resource or NotResource: ECR rejects it ("Invalid repository
 * policy provided"), because a repository policy governs the repository it is set on. A
 * resource-based policy whose actions are all {@code ecr:} actions is taken for a repository
 * policy, unless it uses only the actions of a registry policy (ReplicateImage,
 * BatchImportUpstreamImage, CreateRepository), which does name its resources.
 */
@RuleInfo(
        id = "ECR008",
        name = "RepositoryPolicyWithResource",
        summary = "Repository policy has Resource or NotResource, which ECR rejects",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html")
public final class RepositoryPolicyWithResource implements DocumentRule {

    private static final Set<String> REGISTRY_POLICY_ACTIONS = Set.of("ecr:replicateimage", "ecr:batchimportupstreamimage", "ecr:createrepository");

    @Override
    public void check(DocumentContext context) {
        if (context.kind() != PolicyKind.RESOURCE || !isRepositoryPolicy(context.document())) {
            return;
        }
        for (Statement statement : context.document().statements()) {
            if (statement.resource().isEmpty()) {
                continue;
            }
            ResourceElement resource = statement.resource().get();
            String name = resource.negated() ? "NotResource" : "Resource";
            Located<String> element = new Located<>(name, resource.range(), Pointers.child(statement.pointer(), name));
            context.report(element, "ECR rejects a repository policy with \"" + name + "\" (\"Invalid repository policy provided\"):"
                    + " the policy applies to the repository it is set on", Fix.of("Remove \"" + name + "\" from the statement"));
        }
    }

    /** Every statement lists ecr: actions only, and not only those a registry policy takes. */
    private static boolean isRepositoryPolicy(PolicyDocument document) {
        boolean allEcr = !document.statements().isEmpty() && document.statements().stream().allMatch(s -> s.action().isPresent()
                && !s.action().get().negated()
                && s.action().get().values().stream().allMatch(a -> action(a).startsWith("ecr:")));
        boolean registryOnly = document.statements().stream().flatMap(s -> s.action().stream())
                .flatMap(a -> a.values().stream()).allMatch(a -> REGISTRY_POLICY_ACTIONS.contains(action(a)));
        return allEcr && !registryOnly;
    }

    private static String action(Located<String> action) {
        return action.value().toLowerCase(Locale.ROOT);
    }
}
