package dev.iamlint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A resource type as one action uses it: whether the action always acts on one of this type
 * ({@code required}; the SAR's {@code repository*}), the condition keys that apply to the action
 * on this type, and the actions the caller also needs for it.
 */
public record ActionResourceType(String name, boolean required, List<String> conditionKeys, List<String> dependentActions) {

    public ActionResourceType {
        Objects.requireNonNull(name, "name");
        conditionKeys = List.copyOf(conditionKeys);
        dependentActions = List.copyOf(dependentActions);
    }
}
