package dev.iamlint.ecr;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private ECR repository, identified as its ARN identifies it:
 * {@code arn:<partition>:ecr:<region>:<account>:repository/<name>}. Names follow ECR's
 * CreateRepository grammar (lower case, '/' between namespaces, 2 to 256 characters).
 */
public record EcrRepository(Partition partition, String region, String account, String name) {

    private static final Pattern ARN = Pattern.compile("arn:([^:]*):ecr:([^:]*):([^:]*):repository/(.*)", Pattern.DOTALL);
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern NAME = Pattern.compile(
            "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");

    public EcrRepository {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        if (Partition.ofRegion(region).filter(partition::equals).isEmpty()) {
            throw new IllegalArgumentException("\"" + region + "\" is not a region of partition " + partition.id()
                    + Partition.ofRegion(region).map(p -> " (it is in " + p.id() + ")").orElse(""));
        }
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("\"" + account + "\" is not an account id (12 digits)");
        }
        if (name.length() < 2 || name.length() > 256 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not an ECR repository name"
                    + " (2 to 256 lowercase letters, digits, '.', '_', '-', with '/' between namespaces)");
        }
    }

    /**
     * Reads a repository ARN.
     *
     * @throws IllegalArgumentException naming the ARN and what is wrong with it
     */
    public static EcrRepository parseArn(String arn) {
        Objects.requireNonNull(arn, "arn");
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + arn + "\" is not an ECR repository ARN"
                    + " (arn:<partition>:ecr:<region>:<account>:repository/<name>)");
        }
        Partition partition = Partition.fromId(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
                "\"" + arn + "\" names partition \"" + m.group(1) + "\", which is not an AWS partition"));
        try {
            return new EcrRepository(partition, m.group(2), m.group(3), m.group(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + arn + "\" is not a valid ECR repository ARN: " + e.getMessage(), e);
        }
    }

    public String arn() {
        return "arn:" + partition.id() + ":ecr:" + region + ":" + account + ":repository/" + name;
    }

    // equals and hashCode written out: a record's generated ones are linked through method handles at
    // first use, milliseconds spent again at every start, and this record keys maps in every lint.

    @Override
    public boolean equals(Object other) {
        return other instanceof EcrRepository repository && repository.partition == partition && repository.region.equals(region)
                && repository.account.equals(account) && repository.name.equals(name);
    }

    @Override
    public int hashCode() {
        return ((partition.hashCode() * 31 + region.hashCode()) * 31 + account.hashCode()) * 31 + name.hashCode();
    }
}
