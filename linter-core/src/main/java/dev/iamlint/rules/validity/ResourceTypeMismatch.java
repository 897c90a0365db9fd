package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.catalog.ActionResourceType;
import dev.iamlint.catalog.ResourceTypeInfo;
import dev.iamlint.catalog.ServiceInfo;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resource ARN that is of no type the statement's actions act on, such as a bucket ARN for
 * {@code ecr:BatchGetImage}: no request of those actions names it, so it grants (or denies)
 * nothing. A warning, not an error: the types come from the Service Authorization Reference,
 * which misses some (see docs/rules/IAM105.md). Statements with an unknown action or
 * {@code "Action": "*"} are left alone. A resource with an unknown part is compared as the pattern
 * of every value it may stand for ({@code arn:aws:ecr:${unknown:AWS::Region}:…} as
 * {@code arn:aws:ecr:*:…}), so only when all six fields are written around it.
 */
@RuleInfo(
        id = "IAM105",
        name = "ResourceTypeMismatch",
        summary = "Resource ARN fits no resource type of the statement's actions",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html")
public final class ResourceTypeMismatch implements DocumentRule {

    private static final int TYPES_NAMED = 3;

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.action().isEmpty() || statement.action().get().negated()
                    || statement.resource().isEmpty() || statement.resource().get().negated()) {
                continue;
            }
            List<Located<String>> checkable = new ArrayList<>();
            for (Located<String> resource : statement.resource().get().values()) {
                if (isCheckable(resource.value())) {
                    checkable.add(resource);
                }
            }
            if (checkable.isEmpty()) {
                continue;
            }
            Optional<List<ResourceTypeInfo>> types = resourceTypes(context, statement);
            if (types.isEmpty()) {
                continue;
            }
            List<String> arnFormats = new ArrayList<>();
            for (ResourceTypeInfo type : types.get()) {
                arnFormats.addAll(type.arnFormats());
            }
            ArnPatterns.Formats formats = new ArnPatterns.Formats(arnFormats);
            for (Located<String> resource : checkable) {
                String value = resource.value();
                if (!formats.overlapAny(ArnPatterns.Pattern.of(KnownText.pattern(value)))) {
                    context.report(resource, value + " matches no resource type of this statement's actions, which take "
                            + describe(types.get()) + "; the statement most likely does not apply to it");
                }
            }
        }
    }

    /**
     * The resource types of the statement's actions, or empty when they cannot be known (an
     * action matches nothing, or all of them) or there are none (actions authorized on "*" only).
     */
    private static Optional<List<ResourceTypeInfo>> resourceTypes(DocumentContext context, Statement statement) {
        // Type names by service first: wildcards such as ec2:* name the same few types hundreds of times.
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Located<String> pattern : statement.action().get().values()) {
            if (ArnPatterns.isWildcard(pattern.value())) {
                return Optional.empty();
            }
            List<ActionInfo> actions = ActionPatterns.expand(context.catalog(), pattern.value());
            if (actions.isEmpty()) {
                return Optional.empty();
            }
            for (ActionInfo action : actions) {
                Set<String> ofService = names.get(action.service());
                if (ofService == null) {
                    ofService = new LinkedHashSet<>();
                    names.put(action.service(), ofService);
                }
                for (ActionResourceType type : action.resourceTypes()) {
                    ofService.add(type.name());
                }
            }
        }
        List<ResourceTypeInfo> types = new ArrayList<>();
        for (Map.Entry<String, Set<String>> ofService : names.entrySet()) {
            Optional<ServiceInfo> service = context.catalog().service(ofService.getKey());
            if (service.isEmpty()) {
                continue;
            }
            for (String name : ofService.getValue()) {
                service.get().resourceType(name).ifPresent(types::add);
            }
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(types);
    }

    /**
     * A well-formed ARN: "*" fits everything, and malformed ARNs are IAM104's. An unknown part may
     * hold colons, so a value with one is checked only when it has all six fields without them.
     */
    private static boolean isCheckable(String resource) {
        return !ArnPatterns.isWildcard(resource) && MalformedArn.problem(resource).isEmpty()
                && ArnPatterns.fields(KnownText.pattern(resource)).size() == ArnPatterns.FIELDS;
    }

    /** "ecr repository ARNs (arn:…)" for one type; "ARNs of ecr repository, s3 bucket and 2 more resource types" for several. */
    private static String describe(List<ResourceTypeInfo> types) {
        if (types.size() == 1) {
            ResourceTypeInfo type = types.get(0);
            return type.service() + " " + type.name() + " ARNs (" + String.join(" or ", type.arnFormats()) + ")";
        }
        List<String> names = types.stream().map(t -> t.service() + " " + t.name()).toList();
        return "ARNs of " + Phrases.enumerate(names, TYPES_NAMED, "resource type");
    }
}
