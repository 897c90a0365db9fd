package dev.iamlint.ecr;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AWS partitions, each with the region pattern of the AWS SDKs' {@code partitions.json}. An
 * ARN's partition follows from its region: {@code aws} and {@code aws-us-gov} share the DNS
 * suffix {@code amazonaws.com}, so a host name alone cannot tell them apart.
 */
public enum Partition {
    AWS("aws", "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$", "us-east-1"),
    AWS_CN("aws-cn", "^cn\\-\\w+\\-\\d+$", "cn-north-1"),
    AWS_US_GOV("aws-us-gov", "^us\\-gov\\-\\w+\\-\\d+$", "us-gov-west-1"),
    AWS_ISO("aws-iso", "^us\\-iso\\-\\w+\\-\\d+$", "us-iso-east-1"),
    AWS_ISO_B("aws-iso-b", "^us\\-isob\\-\\w+\\-\\d+$", "us-isob-east-1"),
    AWS_ISO_E("aws-iso-e", "^eu\\-isoe\\-\\w+\\-\\d+$", "eu-isoe-west-1"),
    AWS_ISO_F("aws-iso-f", "^us\\-isof\\-\\w+\\-\\d+$", "us-isof-south-1"),
    AWS_EUSC("aws-eusc", "^eusc\\-(de)\\-\\w+\\-\\d+$", "eusc-de-east-1");

    private final String id;
    private final Pattern regions;
    private final String representativeRegion;

    Partition(String id, String regionRegex, String representativeRegion) {
        this.id = id;
        this.regions = Pattern.compile(regionRegex);
        this.representativeRegion = representativeRegion;
    }

    /** As ARNs spell it: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, … */
    public String id() {
        return id;
    }

    /** A region of this partition for examples, when no real one is known. */
    public String representativeRegion() {
        return representativeRegion;
    }

    /** The partition whose region pattern the region matches; empty for no known partition. */
    public static Optional<Partition> ofRegion(String region) {
        Objects.requireNonNull(region, "region");
        for (Partition partition : values()) {
            // The SDK patterns end in '$', which would also accept a trailing newline with find().
            if (partition.regions.matcher(region).matches()) {
                return Optional.of(partition);
            }
        }
        return Optional.empty();
    }

    /** The partition an ARN names, e.g. {@code aws-cn}. */
    public static Optional<Partition> fromId(String id) {
        for (Partition partition : values()) {
            if (partition.id.equals(id)) {
                return Optional.of(partition);
            }
        }
        return Optional.empty();
    }

    /** {@code arn:<partition>:iam::aws:policy/<name>}, the ARN of an AWS managed policy. */
    public String managedPolicyArn(String name) {
        Objects.requireNonNull(name, "name");
        return "arn:" + id + ":iam::aws:policy/" + name;
    }
}
