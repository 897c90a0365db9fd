package dev.iamlint.iac;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code configuration} section of a plan: which resources an attribute's expression
 * references ({@code expressions.<attribute>.references}), in the root module and, through
 * {@code module_calls}, in every module. A module's {@code var.X} is followed to the expression
 * its call passes for X. This is what names the resource a value known only after apply comes
 * from ({@code policy_arn = aws_iam_policy.pull.arn}).
 *
 * <p>An attribute is taken to come from resources only when every reference of its expression is
 * a managed resource (or its attribute): an expression that also reads a variable, a local, a
 * data source or a module output may choose among values or compute another, so it names none.
 */
final class PlanConfiguration {

    private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "data", "module", "each", "count", "path", "terraform", "self");

    /** A module instance's place: its address prefix, its call's expressions and the place of its caller. */
    private record Scope(String prefix, Optional<JsonValue> callExpressions, Optional<Scope> caller) {}

    /** A resource of the configuration: its expressions and the module it is declared in. */
    private record Declared(JsonValue expressions, Scope scope) {}

    /** By address without instance keys, e.g. {@code module.workers.aws_iam_role.worker}. */
    private final Map<String, Declared> resources = new HashMap<>();
    /** The addresses of the plan's resource instances by their address without instance keys. */
    private final Map<String, List<String>> instances = new HashMap<>();

    PlanConfiguration(Optional<JsonValue> configuration, List<String> planAddresses) {
        configuration.flatMap(c -> JsonMembers.member(c, "root_module"))
                .ifPresent(root -> module(root, new Scope("", Optional.empty(), Optional.empty())));
        for (String address : planAddresses) {
            instances.computeIfAbsent(withoutKeys(address), a -> new ArrayList<>()).add(address);
        }
    }

    private void module(JsonValue module, Scope scope) {
        JsonMembers.member(module, "resources").filter(JsonArray.class::isInstance).ifPresent(list -> {
            for (JsonValue resource : ((JsonArray) list).elements()) {
                Optional<String> address = JsonMembers.text(resource, "address");
                Optional<JsonValue> expressions = JsonMembers.member(resource, "expressions");
                if (address.isPresent() && expressions.isPresent() && JsonMembers.text(resource, "mode").orElse("managed").equals("managed")) {
                    resources.putIfAbsent(scope.prefix() + address.get(), new Declared(expressions.get(), scope));
                }
            }
        });
        JsonMembers.member(module, "module_calls").filter(JsonObject.class::isInstance).ifPresent(calls -> {
            for (JsonObject.Member call : ((JsonObject) calls).members()) {
                Scope inner = new Scope(scope.prefix() + "module." + call.key() + ".", JsonMembers.member(call.value(), "expressions"),
                        Optional.of(scope));
                JsonMembers.member(call.value(), "module").ifPresent(child -> module(child, inner));
            }
        });
    }

    /**
     * The plan resources (instance addresses) that the expression of {@code attribute} of the
     * resource at {@code address} references, in order; empty when it references anything else
     * too, or an instance cannot be told apart from its siblings.
     */
    List<String> resourcesOf(String address, String attribute) {
        Declared declared = resources.get(withoutKeys(address));
        if (declared == null) {
            return List.of();
        }
        Optional<Set<String>> referenced = references(JsonMembers.member(declared.expressions(), attribute), declared.scope());
        if (referenced.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String resource : referenced.get()) {
            Optional<String> instance = instance(resource, address);
            if (instance.isEmpty()) {
                return List.of();
            }
            found.add(instance.get());
        }
        return found;
    }

    /**
     * Whether the configuration declares the resource at {@code address} without setting
     * {@code attribute}; false when it does not declare the resource (a plan without its
     * configuration), so that nothing is taken as unset that may be set.
     */
    boolean leavesUnset(String address, String attribute) {
        Declared declared = resources.get(withoutKeys(address));
        return declared != null && JsonMembers.member(declared.expressions(), attribute).isEmpty();
    }

    /** The one plan resource {@link #resourcesOf} finds, if it finds exactly one. */
    Optional<String> resourceOf(String address, String attribute) {
        List<String> found = resourcesOf(address, attribute);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The resources (without instance keys) an expression references; empty when it references something else too. */
    private Optional<Set<String>> references(Optional<JsonValue> expression, Scope scope) {
        Optional<JsonValue> list = expression.flatMap(e -> JsonMembers.member(e, "references")).filter(JsonArray.class::isInstance);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        for (JsonValue reference : ((JsonArray) list.get()).elements()) {
            if (!(reference instanceof JsonString text)) {
                return Optional.empty();
            }
            String[] parts = withoutKeys(text.value()).split("\\.");
            if (parts[0].equals("var") && parts.length > 1 && scope.caller().isPresent()) {
                Optional<Set<String>> passed = references(scope.callExpressions().flatMap(e -> JsonMembers.member(e, parts[1])),
                        scope.caller().get());
                if (passed.isEmpty()) {
                    return Optional.empty();
                }
                found.addAll(passed.get());
            } else if (parts.length >= 2 && !NOT_RESOURCES.contains(parts[0])) {
                found.add(scope.prefix() + parts[0] + "." + parts[1]);
            } else {
                return Optional.empty();
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /**
     * The instance of {@code resource} meant from {@code referrer}: the only one, or the one with
     * the referrer's own instance key (resources created with the same {@code count} or {@code for_each}).
     */
    private Optional<String> instance(String resource, String referrer) {
        List<String> candidates = instances.getOrDefault(resource, List.of());
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        String key = referrer.endsWith("]") ? referrer.substring(referrer.lastIndexOf('[')) : "";
        return key.isEmpty() ? Optional.empty() : candidates.stream().filter(c -> c.endsWith(key)).findFirst();
    }

    private static String withoutKeys(String address) {
        return INDEX.matcher(address).replaceAll("");
    }
}
