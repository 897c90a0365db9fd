package dev.iamlint.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * The default version of an AWS managed policy. {@code path} is the IAM path, {@code /} or e.g.
 * {@code /service-role/}; {@code document} is the policy JSON, pretty-printed with four spaces
 * like the AWS console shows it (and like {@code policies/aws-managed/}), so that positions in
 * findings point at readable lines.
 */
public record ManagedPolicy(String name, String path, String versionId, Instant updated, String document) {

    public ManagedPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(document, "document");
    }

    /** The policy's ARN in a partition: {@code arn("aws")} is {@code arn:aws:iam::aws:policy/<path><name>}. */
    public String arn(String partition) {
        return "arn:" + partition + ":iam::aws:policy" + path + name;
    }
}
