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
 * account that is not twelve digits. AWS rejects such a policy. Of a value with an unknown part
 * (a marker such as {@code ${unknown:Bucket.Arn}}, which may hold colons) only the fields written
 * before it are checked: whatever fills it, they stay as they are.
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
    private static final String ARN_PREFIX = "arn:";
    private static final int PARTITION = 1;
    private static final int SERVICE = 2;
    private static final int ACCOUNT_FIELD = 4;
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
        String known = KnownText.prefix(value);
        boolean complete = known.length() == value.length();
        // An unknown part may begin the ARN: only a known start that is no start of "arn:" rules that out.
        if (!known.startsWith(ARN_PREFIX) && (complete || !ARN_PREFIX.startsWith(known))) {
            return Optional.of("\"" + value + "\" is not an ARN: a resource is \"*\" or " + SHAPE);
        }
        List<String> fields = ArnPatterns.fields(known);
        // The last field of the known part may go on in the unknown part, and more fields after it.
        int knownFields = complete ? fields.size() : fields.size() - 1;
        if (complete && fields.size() < ArnPatterns.FIELDS) {
            return Optional.of(value + " has " + fields.size() + " of the 6 fields of an ARN, " + SHAPE);
        }
        if (knownFields > PARTITION) {
            String partition = fields.get(PARTITION);
            if (!ArnPatterns.isPattern(partition) && Partition.fromId(partition).isEmpty()) {
                return Optional.of("\"" + partition + "\" in " + value + " is not an AWS partition; use one of " + PARTITIONS);
            }
        }
        if (knownFields > SERVICE) {
            String service = fields.get(SERVICE);
            if (service.isEmpty()) {
                return Optional.of(value + " names no service; write " + SHAPE);
            }
            String lowerService = service.toLowerCase(Locale.ROOT);
            if (!service.equals(lowerService)) {
                return Optional.of("the service in " + value + " must be lower case: " + lowerService);
            }
        }
        if (knownFields > ACCOUNT_FIELD) {
            String account = fields.get(ACCOUNT_FIELD);
            if (!account.isEmpty() && !ArnPatterns.isPattern(account) && !account.equals(AWS_ACCOUNT)
                    && !ACCOUNT.matcher(account).matches()) {
                return Optional.of("\"" + account + "\" in " + value + " is not an account id, which has 12 digits");
            }
        }
        return Optional.empty();
    }
}
