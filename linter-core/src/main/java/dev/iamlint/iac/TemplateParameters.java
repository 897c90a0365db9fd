package dev.iamlint.iac;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values a caller gives for a CloudFormation template's parameters and pseudo parameters, as
 * {@code --parameter Name=Value} or the Maven plugin's {@code parameters} give them: a template
 * parameter's value overrides its {@code Default}; {@code AWS::Region}, {@code AWS::AccountId},
 * {@code AWS::StackName}, {@code AWS::StackId}, {@code AWS::Partition}, {@code AWS::URLSuffix}
 * and {@code AWS::NotificationARNs} stand for the stack's own. A list parameter's value is
 * comma-separated, as CloudFormation takes it.
 *
 * <p>The partition is the given {@code AWS::Partition}, else that of the given {@code AWS::Region},
 * else {@value #DEFAULT_PARTITION}: AWS managed policy ARNs are written with it
 * ({@code arn:${AWS::Partition}:iam::aws:policy/…}), and taking it as unknown would leave every
 * such policy unresolved. Every other pseudo parameter is unknown unless given.
 *
 * @param values by parameter name, case-sensitive as CloudFormation names are
 */
public record TemplateParameters(Map<String, String> values) {

    /** No values: defaults only. */
    public static final TemplateParameters NONE = new TemplateParameters(Map.of());

    /** The partition when neither it nor a region is given. */
    public static final String DEFAULT_PARTITION = "aws";

    public TemplateParameters {
        values = Map.copyOf(values);
    }

    /**
     * Reads {@code Name=Value} assignments (the value may be empty and may hold {@code =}); a
     * later assignment of a name replaces an earlier one.
     *
     * @throws IllegalArgumentException for an assignment without {@code =} or without a name
     */
    public static TemplateParameters parse(List<String> assignments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("template parameter \"" + assignment + "\" is not Name=Value");
            }
            values.put(assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
        }
        return new TemplateParameters(values);
    }

    /** These values with {@code overrides}' on top: given on the command line over the configuration's, say. */
    public TemplateParameters withAll(TemplateParameters overrides) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.putAll(overrides.values);
        return new TemplateParameters(more);
    }
}
