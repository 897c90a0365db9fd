package dev.iamlint.cli.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the AWS CLI's {@code --cli-input-json} shape of SimulateCustomPolicy, plus iamlint's
 * {@code ServiceControlPolicyInputList} and {@code ResourceControlPolicyInputList}. Policy
 * documents are strings, as in the API; in the SCP and RCP lists a string may also be
 * {@code file://PATH}.
 */
public final class CliInputJson {

    /** Every parameter, in the API's order; MaxItems and Marker are accepted and have no effect. */
    private static final List<String> PARAMETERS = List.of(
            "PolicyInputList", "PermissionsBoundaryPolicyInputList", "ActionNames", "ResourceArns",
            "ResourcePolicy", "ResourceOwner", "CallerArn", "ContextEntries", "ResourceHandlingOption",
            "MaxItems", "Marker", "ServiceControlPolicyInputList", "ResourceControlPolicyInputList");

    private CliInputJson() {}

    /**
     * Reads one input object from {@code text}, which starts on line {@code firstLine} of
     * {@code origin} (a file name, or {@code --cli-input-json} for an inline value).
     */
    public static SimulationInput.Builder read(String text, String origin, int firstLine) {
        JsonNode root = JsonInput.read(text, origin, firstLine);
        if (!root.isObject()) {
            throw JsonInput.error(origin, "expected a JSON object of SimulateCustomPolicy parameters, found "
                    + JsonInput.describe(root));
        }
        SimulationInput.Builder input = SimulationInput.builder();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String where = origin + ": " + name;
            switch (name) {
                case "PolicyInputList" -> input.policies(policies(value, where));
                case "PermissionsBoundaryPolicyInputList" -> input.permissionsBoundaries(policies(value, where));
                case "ActionNames" -> input.actionNames(JsonInput.strings(value, where));
                case "ResourceArns" -> input.resourceArns(JsonInput.strings(value, where));
                case "ResourcePolicy" -> input.resourcePolicy(PolicyText.inline(JsonInput.string(value, where)));
                case "ResourceOwner" -> input.resourceOwner(JsonInput.string(value, where));
                case "CallerArn" -> input.callerArn(JsonInput.string(value, where));
                case "ContextEntries" -> input.contextEntries(contextEntries(value, where));
                case "ResourceHandlingOption" -> input.resourceHandlingOption(JsonInput.string(value, where));
                case "MaxItems" -> requirePositiveInt(value, where);
                case "Marker" -> JsonInput.string(value, where);
                case "ServiceControlPolicyInputList" -> input.serviceControlLevels(ParamValues.levels(value, where));
                case "ResourceControlPolicyInputList" -> input.resourceControlLevels(ParamValues.levels(value, where));
                default -> throw JsonInput.error(origin, "unknown parameter \"" + name + "\", must be one of: "
                        + String.join(", ", PARAMETERS));
            }
        }
        return input;
    }

    private static List<PolicyText> policies(JsonNode value, String where) {
        return JsonInput.strings(value, where).stream().map(PolicyText::inline).toList();
    }

    private static List<ContextEntry> contextEntries(JsonNode value, String where) {
        if (!value.isArray()) {
            throw JsonInput.error(where, "expected a list of context entries, found " + JsonInput.describe(value));
        }
        List<ContextEntry> entries = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            entries.add(ContextEntry.fromJson(value.get(i), where + "[" + i + "]"));
        }
        return entries;
    }

    private static void requirePositiveInt(JsonNode value, String where) {
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
            throw JsonInput.error(where, "expected a positive integer, found " + value);
        }
    }
}
