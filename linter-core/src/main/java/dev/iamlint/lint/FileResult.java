package dev.iamlint.lint;

import java.util.Objects;
import java.util.Optional;

/** What became of one input: linted as a kind of policy or of policy container, skipped as no policy, or failed. */
public record FileResult(String path, Kind kind, Optional<String> error) {

    /** How an input was taken. */
    public enum Kind {
        IDENTITY_POLICY("identity-policy"),
        RESOURCE_POLICY("resource-policy"),
        CLOUDFORMATION_TEMPLATE("cloudformation"),
        TERRAFORM_PLAN("terraform-plan"),
        AUTHORIZATION_DETAILS("authorization-details"),
        NOT_A_POLICY("skipped"),
        ERROR("error");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(error, "error");
    }
}
