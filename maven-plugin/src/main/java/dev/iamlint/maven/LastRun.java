package dev.iamlint.maven;

import dev.iamlint.lint.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A project's last successful check, remembered in its output folder as one digest of everything
 * the check depends on: the settings (parameters, plugin version and class path) and the inputs
 * (paths and text). While the digest is unchanged and the reports are still there, a check has
 * nothing to do. Only a check that did not fail the build is remembered, so a failing one runs again.
 *
 * @param file where the digest is kept
 */
record LastRun(Path file) {

    static final String FILE_NAME = "iamlint.digest";

    static LastRun in(Path outputDirectory) {
        return new LastRun(outputDirectory.resolve(FILE_NAME));
    }

    /**
     * SHA-256 of the settings and of each input's path, length and checksums, in order. Every
     * string is length-prefixed, so that moving text from one string to the next (a path into a
     * file's text) changes the digest. An input's text is summed with CRC-32 and CRC-32C (64 bits
     * together, against accidental changes) rather than hashed whole with SHA-256: the JVM sums
     * with its intrinsics even before it compiles anything, where SHA-256 over a thousand templates
     * took a large part of a cold build's check.
     */
    static String digest(List<String> settings, List<SourceText> inputs) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        sha256.update(ByteBuffer.allocate(8).putInt(settings.size()).putInt(inputs.size()).array());
        for (String setting : settings) {
            update(sha256, setting);
        }
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        for (SourceText input : inputs) {
            update(sha256, input.path());
            byte[] text = input.text().getBytes(StandardCharsets.UTF_8);
            crc32.reset();
            crc32.update(text);
            crc32c.reset();
            crc32c.update(text);
            sha256.update(ByteBuffer.allocate(16).putInt(text.length).putInt((int) crc32.getValue())
                    .putLong(crc32c.getValue()).array());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Whether the last successful check had this digest and left all of {@code reports}. */
    boolean matches(String digest, List<Path> reports) throws IOException {
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(digest)
                && reports.stream().allMatch(Files::isRegularFile);
    }

    /** Forgets the last check before a new one starts, so that one that fails or breaks off leaves no digest. */
    void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    void record(String digest) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, digest + "\n", StandardCharsets.UTF_8);
    }

    private static void update(MessageDigest sha256, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha256.update(bytes);
    }
}
