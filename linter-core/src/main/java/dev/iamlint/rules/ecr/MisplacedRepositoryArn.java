package dev.iamlint.rules.ecr;

import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.model.Effect;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;

/**
 * A Resource value of an Allow statement for an action that names repositories of the target's
 * name, but in another partition, region or account than the target's registry: it was meant
 * for the target and misses it. Shared by ECR010, which reports it, and the pull diagnosis,
 * which leaves the permission it fails to grant to ECR010.
 *
 * @param resource the value as written
 * @param corrected the value with the wrong fields replaced by the target's
 * @param wrongFields what differs, e.g. "region us-east-1"
 */
record MisplacedRepositoryArn(Located<String> resource, String corrected, List<String> wrongFields) {

    private static final String REPOSITORY_PREFIX = "repository/";

    MisplacedRepositoryArn {
        wrongFields = List.copyOf(wrongFields);
    }

    /** The values of the statement that name the target's repository elsewhere, if it allows the action. */
    static List<MisplacedRepositoryArn> in(Statement statement, String action, EcrRepository target) {
        if (statement.effectValue().orElse(null) != Effect.ALLOW || statement.action().isEmpty()
                || statement.action().get().negated() || statement.resource().isEmpty() || statement.resource().get().negated()) {
            return List.of();
        }
        List<MisplacedRepositoryArn> found = new ArrayList<>();
        for (Located<String> resource : statement.resource().get().values()) {
            // What the fields below must hold, tested without splitting: most resources are "*" or of other services.
            if (!resource.value().startsWith("arn:") || !resource.value().contains(REPOSITORY_PREFIX)) {
                continue;
            }
            String[] fields = resource.value().split(":", 6);
            if (fields.length != 6 || !fields[0].equals("arn") || !fields[5].startsWith(REPOSITORY_PREFIX)
                    || !Globs.matches(fields[2], "ecr", true)
                    || !Globs.matches(fields[5].substring(REPOSITORY_PREFIX.length()), target.name(), false)) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            fields[1] = fix(fields[1], target.partition().id(), "partition", wrong);
            fields[3] = fix(fields[3], target.region(), "region", wrong);
            fields[4] = fix(fields[4], target.account(), "account", wrong);
            if (!wrong.isEmpty()) {
                found.add(new MisplacedRepositoryArn(resource, String.join(":", fields), wrong));
            }
        }
        // The action is checked last: few statements name the target's repository at all.
        if (found.isEmpty() || !Located.anyValue(statement.action().get().values(), a -> Globs.matches(a, action, true))) {
            return List.of();
        }
        return found;
    }

    /** The field as written if it matches the target's value, else the target's value (and what was wrong). */
    private static String fix(String written, String wanted, String field, List<String> wrong) {
        if (Globs.matches(written, wanted, true)) {
            return written;
        }
        wrong.add(field + " " + written);
        return wanted;
    }
}
