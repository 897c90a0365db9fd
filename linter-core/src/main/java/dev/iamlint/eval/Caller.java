package dev.iamlint.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a request: its kind, its ARN (or service name) and its account. For an assumed-role
 * session the role ARN is derived too, because a resource policy may name either.
 */
public record Caller(PrincipalKind kind, String arn, Optional<String> account) {

    // Fixed grammar, no policy text: partition, service, account, then the resource part.
    private static final Pattern IAM_ARN =
            Pattern.compile("arn:([a-z0-9-]+):(iam|sts)::(\\d{12}):(.+)");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?");

    public static final Caller ANONYMOUS = new Caller(PrincipalKind.ANONYMOUS, "*", Optional.empty());

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(account, "account");
    }

    /**
     * Reads a caller from an IAM or STS ARN, or a service principal such as
     * {@code ec2.amazonaws.com}.
     *
     * @throws IllegalArgumentException if the text names no principal
     */
    public static Caller parse(String text) {
        Matcher m = IAM_ARN.matcher(text);
        if (m.matches()) {
            String service = m.group(2);
            String account = m.group(3);
            String resource = m.group(4);
            PrincipalKind kind = null;
            if (service.equals("iam")) {
                if (resource.equals("root")) {
                    kind = PrincipalKind.ROOT;
                } else if (resource.startsWith("user/")) {
                    kind = PrincipalKind.IAM_USER;
                } else if (resource.startsWith("role/")) {
                    kind = PrincipalKind.IAM_ROLE;
                }
            } else if (resource.startsWith("assumed-role/") && resource.indexOf('/', "assumed-role/".length()) > 0) {
                kind = PrincipalKind.ASSUMED_ROLE_SESSION;
            } else if (resource.startsWith("federated-user/")) {
                kind = PrincipalKind.FEDERATED_USER;
            }
            if (kind != null) {
                return new Caller(kind, text, Optional.of(account));
            }
        }
        if (SERVICE.matcher(text).matches()) {
            return new Caller(PrincipalKind.SERVICE, text, Optional.empty());
        }
        throw new IllegalArgumentException("not a principal ARN (user, role, assumed-role session, root, federated user) or service principal: " + text);
    }

    /**
     * A session of a role, {@code arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION}, as an EC2
     * instance's credentials make requests.
     *
     * @throws IllegalArgumentException if the parts make no such ARN
     */
    public static Caller roleSession(String partition, String account, String role, String session) {
        return parse("arn:" + partition + ":sts::" + account + ":assumed-role/" + role + "/" + session);
    }

    /** For a role (an IAM_ROLE caller), its session named {@code session}; the role's path is no part of it. */
    public Optional<Caller> session(String session) {
        if (kind != PrincipalKind.IAM_ROLE) {
            return Optional.empty();
        }
        return Optional.of(roleSession(partition().orElseThrow(), account.orElseThrow(), arn.substring(arn.lastIndexOf('/') + 1), session));
    }

    /** The partition of an ARN caller ({@code aws}, {@code aws-cn}, …), if known. */
    public Optional<String> partition() {
        if (!arn.startsWith("arn:")) {
            return Optional.empty();
        }
        int end = arn.indexOf(':', 4);
        return end < 0 ? Optional.empty() : Optional.of(arn.substring(4, end));
    }

    /** For an assumed-role session, the ARN of its role ({@code arn:…:iam::acct:role/NAME}). */
    public Optional<String> roleArn() {
        if (kind != PrincipalKind.ASSUMED_ROLE_SESSION) {
            return kind == PrincipalKind.IAM_ROLE ? Optional.of(arn) : Optional.empty();
        }
        String resource = arn.substring(arn.indexOf(":assumed-role/") + ":assumed-role/".length());
        String role = resource.substring(0, resource.indexOf('/'));
        return Optional.of("arn:" + partition().orElseThrow() + ":iam::" + account.orElseThrow() + ":role/" + role);
    }
}
