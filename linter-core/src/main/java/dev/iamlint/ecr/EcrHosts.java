package dev.iamlint.ecr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ecr-credential-provider's host grammar (cloud-provider-aws cmd/ecr-credential-provider/main.go). */
final class EcrHosts {

    /** Verbatim ecrPrivateHostPattern. */
    private static final Pattern PRIVATE = Pattern.compile(
            "^(\\d{12})\\.dkr[\\.\\-]ecr(\\-fips)?\\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\\."
                    + "(amazonaws\\.(?:com(?:\\.cn)?|eu)|on\\.(?:aws|amazonwebservices\\.com\\.cn)"
                    + "|sc2s\\.sgov\\.gov|c2s\\.ic\\.gov|cloud\\.adc-e\\.uk|csp\\.hci\\.ic\\.gov)$");
    /** ecrPublicHosts, compared exactly. */
    private static final List<String> PUBLIC = List.of("public.ecr.aws", "ecr-public.aws.com");
    /** Twelve account digits and ".dkr", then the '.' or '-' before "ecr". */
    private static final int SEPARATOR_INDEX = 16;

    private EcrHosts() {}

    static Optional<EcrRegistry> parse(String host) {
        Objects.requireNonNull(host, "host");
        if (PUBLIC.contains(host)) {
            return Optional.of(new PublicRegistry(host));
        }
        Matcher m = PRIVATE.matcher(host);
        // matches(), not find(): Go's '$' never matches before a trailing newline, Java's does.
        if (!m.matches()) {
            return Optional.empty();
        }
        String region = m.group(3);
        Partition partition = Partition.ofRegion(region).orElseThrow(() -> new IllegalArgumentException(
                "ECR host " + host + " names region \"" + region + "\", which belongs to no known AWS partition"));
        // The regex accepts "dkr.ecr" and "dkr-ecr"; the dash form is the dual-stack endpoint.
        boolean dualStack = host.charAt(SEPARATOR_INDEX) == '-';
        return Optional.of(new PrivateRegistry(host, m.group(1), region, m.group(2) != null, dualStack, m.group(4), partition));
    }
}
