package dev.iamlint.iac;

import java.util.Objects;

/**
 * An ARN a template resource names instead of holding a document: a managed policy it attaches,
 * its permissions boundary, or the role of an EKS node group.
 *
 * @param logicalId the resource's logical id
 * @param resourceType e.g. {@code AWS::IAM::Role}
 * @param propertyPath e.g. {@code ManagedPolicyArns/0}
 * @param pointer the JSON pointer of the value in the template
 * @param use what the ARN is for
 * @param target the ARN, or the intrinsic written in its place
 */
public record PolicyReference(String logicalId, String resourceType, String propertyPath, String pointer, Use use,
        ArnValue target) {

    /** What the referencing resource does with the ARN. */
    public enum Use { MANAGED_POLICY, PERMISSIONS_BOUNDARY, NODE_ROLE }

    public PolicyReference {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(target, "target");
    }
}
