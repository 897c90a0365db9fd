package dev.iamlint.rules;

import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, how severe, what, and exactly where. The fingerprint identifies the
 * finding across edits that move lines: it is made from the rule id, the path, the JSON pointer and
 * the message, never from line numbers, and feeds baselines and SARIF.
 */
public record Finding(
        RuleDescriptor rule,
        Severity severity,
        String message,
        String path,
        SourceRange range,
        String pointer,
        Optional<Fix> fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(fix, "fix");
    }

    public String ruleId() {
        return rule.id();
    }

    /** A stable hex digest of rule id, path, pointer and message (whitespace runs folded). */
    public String fingerprint() {
        String normalized = rule.id() + '\n' + path + '\n' + pointer + '\n' + foldWhitespace(message);
        byte[] digest = Sha256.fresh().digest(normalized.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** SHA-256 digests copied from one made once: looking the algorithm up costs more than hashing a message. */
    private static final class Sha256 {
        private static final MessageDigest PROTOTYPE = prototype();

        static MessageDigest fresh() {
            try {
                return (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-256 digests can be copied on every JVM", e);
            }
        }

        private static MessageDigest prototype() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }

    /**
     * {@code text} stripped, each run of whitespace as one space: {@code replaceAll("\\s+", " ")}
     * without a regex, which cost more than the digest. Fingerprints in baselines depend on it.
     */
    private static String foldWhitespace(String text) {
        String stripped = text.strip();
        StringBuilder folded = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                folded.append(c);
            } else if (!inRun) {
                folded.append(' ');
            }
            inRun = space;
        }
        return folded.toString();
    }

    /** The same finding at another severity, as configuration may set. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, path, range, pointer, fix);
    }
}
