package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.catalog.ActionResourceType;
import dev.iamlint.catalog.ConditionKeyInfo;
import dev.iamlint.catalog.ConditionKeyType;
import dev.iamlint.catalog.ServiceInfo;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog knows of a condition key as a statement uses it. Keys are {@code prefix:name};
 * only keys whose prefix is {@code aws} or a service's can be checked: others belong to identity
 * providers ({@code token.actions.githubusercontent.com:sub}, {@code saml:aud}) and are not listed.
 */
public final class ConditionKeys {

    private static final String GLOBAL_PREFIX = "aws";

    private ConditionKeys() {
    }

    /** What is known of one key. */
    public sealed interface Lookup permits Typed, Untyped, Unknown, Unchecked {
    }

    /** A global or service key of known type. */
    public record Typed(ConditionKeyInfo info) implements Lookup {
    }

    /** A key that an action of the statement lists, though its service does not describe it. */
    public record Untyped() implements Lookup {
    }

    /** A key the catalog should know but does not: a misspelling, or no such key. */
    public record Unknown(String prefix) implements Lookup {
    }

    /** A key of an identity provider or other prefix the catalog does not cover, or one with an unknown part. */
    public record Unchecked() implements Lookup {
    }

    /**
     * What is known of {@code key}; a key with an {@linkplain dev.iamlint.eval.UnknownValues unknown
     * part} is known only where a placeholder of a typed key takes it in ({@code aws:ResourceTag/${unknown:Tag}}),
     * else unchecked, as it may be any key.
     */
    public static Lookup lookup(ActionCatalog catalog, Statement statement, String key) {
        Lookup known = lookupWritten(catalog, statement, key);
        return known instanceof Typed || !UnknownValues.contains(key) ? known : new Unchecked();
    }

    private static Lookup lookupWritten(ActionCatalog catalog, Statement statement, String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return new Unknown("");
        }
        String prefix = key.substring(0, colon).toLowerCase(Locale.ROOT);
        Optional<ConditionKeyInfo> global = catalog.globalConditionKey(key);
        if (global.isPresent()) {
            return new Typed(global.get());
        }
        if (!prefix.equals(GLOBAL_PREFIX) && catalog.service(prefix).isEmpty()) {
            return new Unchecked();
        }
        Optional<ConditionKeyInfo> own = prefix.equals(GLOBAL_PREFIX) ? Optional.empty() : catalog.conditionKey(prefix, key);
        if (own.isPresent()) {
            return new Typed(own.get());
        }
        for (ServiceInfo service : services(catalog, statement)) {
            Optional<ConditionKeyInfo> listed = service.conditionKey(key);
            if (listed.isPresent()) {
                return new Typed(listed.get());
            }
        }
        return listedByAnAction(catalog, statement, key) || hasPlainWordPlaceholder(catalog, prefix, key)
                ? new Untyped() : new Unknown(prefix);
    }

    /**
     * Whether the service has a key that the reference writes with its placeholder as a plain word,
     * {@code secretsmanager:ResourceTag/tag-key}, and that shares the key's text up to its '/':
     * {@code secretsmanager:ResourceTag/team} is that key.
     */
    private static boolean hasPlainWordPlaceholder(ActionCatalog catalog, String prefix, String key) {
        int slash = key.indexOf('/');
        if (slash < 0 || prefix.equals(GLOBAL_PREFIX)) {
            return false;
        }
        String family = key.substring(0, slash + 1);
        return catalog.service(prefix).stream().flatMap(s -> s.conditionKeys().stream())
                .anyMatch(k -> !k.isTemplate() && k.name().regionMatches(true, 0, family, 0, family.length()));
    }

    /** A condition whose operator parses and whose key has a known type. */
    public record TypedCondition(Condition condition, ConditionOperator operator, ConditionKeyType type) {
    }

    /** The document's conditions whose operator parses and whose key has a known type, in document order. */
    public static List<TypedCondition> typedConditions(ActionCatalog catalog, PolicyDocument document) {
        List<TypedCondition> typed = new ArrayList<>();
        for (Statement statement : document.statements()) {
            for (Condition condition : statement.conditions()) {
                Optional<ConditionOperator> operator = ConditionOperator.parse(condition.operator().value());
                Optional<ConditionKeyType> type = type(catalog, statement, condition.key().value());
                if (operator.isPresent() && type.isPresent()) {
                    typed.add(new TypedCondition(condition, operator.get(), type.get()));
                }
            }
        }
        return typed;
    }

    /** The type a key's values have, when known. */
    public static Optional<ConditionKeyType> type(ActionCatalog catalog, Statement statement, String key) {
        return lookup(catalog, statement, key) instanceof Typed typed ? Optional.of(typed.info().type()) : Optional.empty();
    }

    /** The services the statement's Action or NotAction names without a wildcard in the prefix. */
    private static Collection<ServiceInfo> services(ActionCatalog catalog, Statement statement) {
        Map<String, ServiceInfo> services = new LinkedHashMap<>();
        for (Located<String> action : actionValues(statement)) {
            int colon = action.value().indexOf(':');
            if (colon > 0) {
                catalog.service(action.value().substring(0, colon)).ifPresent(s -> services.putIfAbsent(s.prefix(), s));
            }
        }
        return services.values();
    }

    /**
     * Whether an action of the statement lists the key for itself or a resource type, as
     * {@code ec2-instance-connect:SendSSHPublicKey} lists {@code ec2:osuser}, a key no service describes.
     */
    private static boolean listedByAnAction(ActionCatalog catalog, Statement statement, String key) {
        if (statement.action().isEmpty() || statement.action().get().negated()) {
            return false;
        }
        for (Located<String> pattern : statement.action().get().values()) {
            if (ArnPatterns.isWildcard(pattern.value())) {
                continue;
            }
            for (ActionInfo action : ActionPatterns.expand(catalog, pattern.value())) {
                if (listed(action.conditionKeys(), key)) {
                    return true;
                }
                for (ActionResourceType type : action.resourceTypes()) {
                    if (listed(type.conditionKeys(), key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean listed(List<String> names, String key) {
        // The type is irrelevant here: only the name, with its placeholders, is compared.
        return names.stream().anyMatch(name -> new ConditionKeyInfo(name, ConditionKeyType.STRING).matches(key));
    }

    private static List<Located<String>> actionValues(Statement statement) {
        return statement.action().map(a -> a.values()).orElse(List.of());
    }
}
