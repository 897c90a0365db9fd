package dev.iamlint.ecr;

import java.util.Objects;

/**
 * ECR Public ({@code public.ecr.aws} or its dual-stack name {@code ecr-public.aws.com}). Its
 * repositories are named by registry alias, not account, and pulls need no repository
 * permission; only its login token needs IAM permissions. Its API runs in {@code us-east-1} of
 * the {@code aws} partition only.
 */
public record PublicRegistry(String host) implements EcrRegistry {

    public static final Partition PARTITION = Partition.AWS;
    public static final String REGION = "us-east-1";

    public PublicRegistry {
        Objects.requireNonNull(host, "host");
    }
}
