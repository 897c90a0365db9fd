package dev.iamlint.iac;

import dev.iamlint.model.PolicyKind;
import java.util.List;
import java.util.Objects;

/**
 * A policy document held by a template resource.
 *
 * @param logicalId the resource's logical id, e.g. {@code NodeRole}
 * @param resourceType e.g. {@code AWS::IAM::Role}
 * @param propertyPath where in the resource's properties, e.g. {@code Policies/0/PolicyDocument}
 * @param pointer the JSON pointer of the document in the template
 * @param kind IDENTITY for permissions, RESOURCE for trust and repository policies
 * @param body the parsed document, or the intrinsic written in its place
 * @param attachedTo logical ids of the roles, users and groups the template attaches it to
 */
public record EmbeddedPolicy(String logicalId, String resourceType, String propertyPath, String pointer, PolicyKind kind,
        PolicyBody body, List<String> attachedTo) {

    public EmbeddedPolicy {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        attachedTo = List.copyOf(attachedTo);
    }
}
