package dev.iamlint.cli;

import dev.iamlint.config.ProjectConfig;
import dev.iamlint.eval.Caller;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.SourceText;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.text.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * What each identity policy must grant: requirements ({@code --require}, {@code --requirement-file}),
 * for which repositories ({@code --image}, {@code --repository}), as whom, and under which other
 * policies. Requirements and targets given here replace the configuration's.
 */
final class RequirementOptions {

    @Option(names = "--require", paramLabel = "NAME",
            description = "Checks that each identity policy grants a built-in requirement: "
                    + "ecr-pull, ecr-pull-through-cache, ecr-public-pull. Repeatable.")
    List<String> require = List.of();

    @Option(names = "--requirement-file", paramLabel = "FILE",
            description = "Checks a requirement of your own, in the format of policies/requirements/*.json. Repeatable.")
    List<Path> requirementFiles = List.of();

    @Option(names = "--image", paramLabel = "IMAGE",
            description = "An image the requirements are checked for, e.g."
                    + " 111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2. Repeatable.")
    List<String> images = List.of();

    @Option(names = "--repository", paramLabel = "ARN",
            description = "A repository the requirements are checked for, as an ARN. Repeatable."
                    + " Without images and repositories, a representative repository is checked.")
    List<String> repositories = List.of();

    @Option(names = "--caller", paramLabel = "ARN",
            description = "Who makes the requests (default: an EC2 node's role session in the target's account).")
    String caller;

    @Option(names = "--permissions-boundary", paramLabel = "FILE",
            description = "A permissions boundary that applies to every identity policy checked.")
    Path permissionsBoundary;

    @Option(names = "--repository-policy", paramLabel = "FILE",
            description = "The repositories' resource policy, for cross-account pulls: a policy file, or what"
                    + " 'aws ecr get-repository-policy' prints.")
    Path repositoryPolicy;

    @Option(names = "--flag", paramLabel = "NAME",
            description = "Sets a requirement flag: the permissions whose \"unless\" names it are not needed, e.g."
                    + " repositoriesExist for ecr-pull-through-cache (no ecr:CreateRepository). Repeatable.")
    List<String> flags = List.of();

    /** The request with what these options and the configuration ask for. */
    LintRequest applyTo(LintRequest request, ProjectConfig config) {
        List<Requirement> requirements = new ArrayList<>(parse(require, "--require", Requirements::builtin));
        for (Path file : requirementFiles) {
            requirements.add(requirementFile(file));
        }
        List<RequirementTarget> targets = new ArrayList<>(parse(images, "--image", RequirementTarget::fromImage));
        targets.addAll(parse(repositories, "--repository", RequirementTarget::fromRepositoryArn));
        List<Requirement> checked = requirements.isEmpty() ? config.requirements() : requirements;
        CheckOptions options = request.checkOptions();
        for (String flag : flags) {
            if (checked.stream().noneMatch(r -> r.flags().contains(flag))) {
                throw InputException.error("--flag " + flag + ": no requirement checked has this flag (theirs: "
                        + checked.stream().flatMap(r -> r.flags().stream()).distinct().sorted().toList() + ")");
            }
            options = options.withFlag(flag);
        }
        return request
                .withRequirements(checked, targets.isEmpty() ? config.targets() : targets)
                .withCheckOptions(options)
                .withCaller(Optional.ofNullable(caller).map(arn -> parseOne("--caller", arn, Caller::parse)))
                .withPermissionsBoundary(Optional.ofNullable(permissionsBoundary)
                        .map(file -> PolicyFiles.readOne("--permissions-boundary", file)))
                .withRepositoryPolicy(Optional.ofNullable(repositoryPolicy)
                        .map(file -> PolicyFiles.readOne("--repository-policy", file)));
    }

    private static Requirement requirementFile(Path file) {
        SourceText text = PolicyFiles.readOne("--requirement-file", file);
        try {
            return Requirements.read(text.text(), text.path());
        } catch (InvalidInputException e) {
            throw InputException.located(List.of(e.source() + ":" + e.line() + ":" + e.column() + ": error: " + e.reason()));
        }
    }

    private static <T> List<T> parse(List<String> values, String option, Function<String, T> parser) {
        return values.stream().map(value -> parseOne(option, value, parser)).toList();
    }

    private static <T> T parseOne(String option, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw InputException.error(option + " " + value + ": " + e.getMessage());
        }
    }
}
