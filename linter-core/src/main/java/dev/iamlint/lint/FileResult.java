package dev.iamlint.lint;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
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
        TERRAFORM_STATE("terraform-state"),
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

    /** An input that could not be read, and why. */
    public static FileResult unreadable(String path, IOException e) {
        return new FileResult(path, Kind.ERROR, Optional.of(reason(e)));
    }

    /** Why a file cannot be read or written, in the words of {@code ls} and {@code cat}. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            // What making a file's folders throws when a file stands where a folder should be.
            return e.getMessage() + ": not a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
