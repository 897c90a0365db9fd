package dev.iamlint.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One AWS service of the catalog: its prefix ({@code ecr}), its name, and its actions, resource
 * types and condition keys, each list sorted by name ignoring case. Lookups by name ignore case,
 * as IAM does for action and condition key names.
 */
public record ServiceInfo(
        String prefix,
        String name,
        List<ActionInfo> actions,
        List<ResourceTypeInfo> resourceTypes,
        List<ConditionKeyInfo> conditionKeys) {

    public ServiceInfo {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(name, "name");
        actions = Names.sorted(actions, ActionInfo::name);
        resourceTypes = Names.sorted(resourceTypes, ResourceTypeInfo::name);
        conditionKeys = Names.sorted(conditionKeys, ConditionKeyInfo::name);
    }

    /** The action called {@code name} (without the service prefix), ignoring case. */
    public Optional<ActionInfo> action(String name) {
        return Names.find(actions, ActionInfo::name, name);
    }

    public Optional<ResourceTypeInfo> resourceType(String name) {
        return Names.find(resourceTypes, ResourceTypeInfo::name, name);
    }

    /** The resource types an action of this service can name, in the action's order. */
    public List<ResourceTypeInfo> resourceTypesOf(ActionInfo action) {
        List<ResourceTypeInfo> types = new ArrayList<>(action.resourceTypes().size());
        for (ActionResourceType use : action.resourceTypes()) {
            resourceType(use.name()).ifPresent(types::add);
        }
        return List.copyOf(types);
    }

    /**
     * The condition key that a key as written in a policy is, among this service's keys (which
     * include the {@code aws:} keys the service supports, such as {@code aws:ResourceTag/${TagKey}}):
     * an exact name first, else a key with placeholders that it fits.
     */
    public Optional<ConditionKeyInfo> conditionKey(String key) {
        return ConditionKeyInfo.find(conditionKeys, key);
    }
}
