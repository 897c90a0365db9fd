package dev.iamlint.rules.validity;

import dev.iamlint.ecr.Partition;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Resource or NotResource value that is neither {@code "*"} nor a well-formed ARN: no
 * {@code arn:} prefix, fewer than six fields, an unknown partition, an upper-case service or an
 * account that is not twelve digits. AWS rejects such a policy.
 */
@RuleInfo(
        id = "IAM104",
        name = "MalformedArn",
        summary = "Resource is not a well-formed ARN",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html")
public final class MalformedArn implements DocumentRule {

    private static final String SHAPE = "arn:partition:service:region:account:resource";
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** The account field of AWS managed policies: {@code arn:aws:iam::aws:policy/…}. */
    private static final String AWS_ACCOUNT = "aws";
    private static final String PARTITIONS = Arrays.stream(Partition.values()).map(Partition::id).collect(Collectors.joining(", "));

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (statement.resource().isEmpty()) {
                continue;
            }
            for (Located<String> resource : statement.resource().get().values()) {
                problem(resource.value()).ifPresent(problem -> context.report(resource, problem));
            }
        }
    }

    /** What is wrong with a resource value, if anything: the first problem, as a message. */
    static Optional<String> problem(String value) {
        if (ArnPatterns.isWildcard(value)) {
            return Optional.empty();
        }
        if (!value.startsWith("arn:")) {
            return Optional.of("\"" + value + "\" is not an ARN: a resource is \"*\" or " + SHAPE);
        }
        List<String> fields = ArnPatterns.fields(value);
        if (fields.size() < ArnPatterns.FIELDS) {
            return Optional.of(value + " has " + fields.size() + " of the 6 fields of an ARN, " + SHAPE);
        }
        String partition = fields.get(1);
        if (!ArnPatterns.isPattern(partition) && Partition.fromId(partition).isEmpty()) {
            return Optional.of("\"" + partition + "\" in " + value + " is not an AWS partition; use one of " + PARTITIONS);
        }
        String service = fields.get(2);
        if (service.isEmpty()) {
            return Optional.of(value + " names no service; write " + SHAPE);
        }
        String lowerService = service.toLowerCase(Locale.ROOT);
        if (!service.equals(lowerService)) {
            return Optional.of("the service in " + value + " must be lower case: " + lowerService);
        }
        String account = fields.get(4);
        if (!account.isEmpty() && !ArnPatterns.isPattern(account) && !account.equals(AWS_ACCOUNT)
                && !ACCOUNT.matcher(account).matches()) {
            return Optional.of("\"" + account + "\" in " + value + " is not an account id, which has 12 digits");
        }
        return Optional.empty();
    }
}
