package dev.iamlint.ecr;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A container image reference, {@code host[:port]/path[:tag][@digest]}, as kubelet reads it
 * (Docker's {@code reference.ParseNormalizedNamed}): a reference without a registry host, such
 * as {@code nginx} or {@code library/nginx}, names Docker Hub ({@code docker.io/library/nginx}),
 * never ECR.
 *
 * @param host the registry's host name or bracketed IPv6 address, without the port
 * @param port the registry port as written, if any
 * @param repository the path, e.g. {@code team/app}
 */
public record ImageReference(String host, Optional<String> port, String repository, Optional<String> tag, Optional<String> digest) {

    /** Docker Hub, the registry of references without a host. */
    public static final String DEFAULT_REGISTRY = "docker.io";

    // The grammar of github.com/distribution/reference (regexp.go): fixed patterns, no user input.
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final Pattern HOST = Pattern.compile(
            DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]+");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}");
    private static final int MAX_NAME_LENGTH = 255;

    public ImageReference {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * Reads a reference.
     *
     * @throws IllegalArgumentException naming the reference and what is wrong with it
     */
    public static ImageReference parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        String rest = text;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            String value = rest.substring(at + 1);
            if (!DIGEST.matcher(value).matches()) {
                throw invalid(text, "\"" + value + "\" is not a digest (algorithm:hex, e.g. sha256: and 64 hex digits)");
            }
            digest = Optional.of(value);
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            String value = rest.substring(colon + 1);
            if (!TAG.matcher(value).matches()) {
                throw invalid(text, "\"" + value + "\" is not a tag (letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-')");
            }
            tag = Optional.of(value);
            rest = rest.substring(0, colon);
        }
        if (rest.length() > MAX_NAME_LENGTH) {
            throw invalid(text, "the name is longer than " + MAX_NAME_LENGTH + " characters");
        }

        String domain = DEFAULT_REGISTRY;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash >= 0 && isDomain(rest.substring(0, slash))) {
            domain = rest.substring(0, slash);
            path = rest.substring(slash + 1);
        }
        if (domain.equals("index.docker.io")) {
            domain = DEFAULT_REGISTRY;
        }
        if (domain.equals(DEFAULT_REGISTRY) && path.indexOf('/') < 0) {
            path = "library/" + path;
        }

        int portColon = domain.lastIndexOf(':');
        String host = domain;
        Optional<String> port = Optional.empty();
        if (portColon > domain.lastIndexOf(']')) {
            host = domain.substring(0, portColon);
            port = Optional.of(domain.substring(portColon + 1));
            if (!PORT.matcher(port.get()).matches()) {
                throw invalid(text, "\"" + port.get() + "\" is not a port number");
            }
        }
        if (!HOST.matcher(host).matches()) {
            throw invalid(text, "\"" + host + "\" is not a registry host name");
        }
        if (!path.toLowerCase(Locale.ROOT).equals(path)) {
            throw invalid(text, "repository name must be lowercase");
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                throw invalid(text, component.isEmpty()
                        ? "the repository path has an empty component"
                        : "\"" + component + "\" is not a repository path component (lowercase letters and digits, separated by '.', '_', '__' or dashes)");
            }
        }
        return new ImageReference(host, port, path, tag, digest);
    }

    /**
     * Docker's rule: the first component names a registry if it has a '.' or ':', is
     * {@code localhost}, or has upper case letters (which a repository path never has).
     */
    private static boolean isDomain(String first) {
        return first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")
                || !first.toLowerCase(Locale.ROOT).equals(first);
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("invalid image reference \"" + text + "\": " + reason);
    }

    /** {@code host[:port]}, the registry as the reference names it. */
    public String registry() {
        return port.map(p -> host + ":" + p).orElse(host);
    }

    /**
     * {@code host[:port]/path} without tag or digest: the {@code image} that kubelet passes to a
     * credential provider.
     */
    public String name() {
        return registry() + "/" + repository;
    }

    /** The normalized reference, e.g. {@code docker.io/library/nginx:1.27}. */
    @Override
    public String toString() {
        return name() + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
