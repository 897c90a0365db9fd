package dev.iamlint.cli;

import dev.iamlint.iac.TemplateParameters;
import java.util.List;
import picocli.CommandLine.Option;

/** Values CloudFormation templates are read with: their parameters and pseudo parameters. */
final class TemplateOptions {

    @Option(names = "--parameter", paramLabel = "NAME=VALUE",
            description = "A value for a CloudFormation template parameter or pseudo parameter, e.g. Environment=prod or"
                    + " AWS::AccountId=111122223333; over the template's default and the configuration's. Repeatable.")
    List<String> parameters = List.of();

    /**
     * The configuration's values with these options' on top.
     *
     * @throws InputException for a value that is not {@code NAME=VALUE}
     */
    TemplateParameters over(TemplateParameters configured) {
        try {
            return configured.withAll(TemplateParameters.parse(parameters));
        } catch (IllegalArgumentException e) {
            throw InputException.error("--parameter: " + e.getMessage());
        }
    }
}
