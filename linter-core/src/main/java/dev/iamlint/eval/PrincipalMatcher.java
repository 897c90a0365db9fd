package dev.iamlint.eval;

import dev.iamlint.model.PrincipalElement;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matches the caller against a resource-based statement's Principal or NotPrincipal. How a
 * principal matched matters to the decision: naming an account delegates to that account's
 * identity policies, and naming a role (rather than one of its sessions) leaves the session
 * subject to its permissions boundary and session policies.
 */
final class PrincipalMatcher {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** How a caller matched, from weakest to strongest. */
    enum Match {
        NONE,
        /** Through its account (account id or {@code :root} ARN): the account must grant too. */
        ACCOUNT,
        /** A role session through its role's ARN: boundary and session policies still limit it. */
        ROLE,
        /** The caller itself, a service, or everyone ({@code *}). */
        DIRECT
    }

    private final boolean negated;
    private final boolean everyone;
    private final List<String> accounts;
    private final List<String> arns;
    private final List<String> roleNames;
    private final List<String> services;
    private final List<String> others;

    private PrincipalMatcher(boolean negated, boolean everyone, List<String> accounts, List<String> arns,
            List<String> roleNames, List<String> services, List<String> others) {
        this.negated = negated;
        this.everyone = everyone;
        this.accounts = accounts;
        this.arns = arns;
        this.roleNames = roleNames;
        this.services = services;
        this.others = others;
    }

    static PrincipalMatcher compile(PrincipalElement element) {
        boolean everyone = false;
        List<String> accounts = new ArrayList<>();
        List<String> arns = new ArrayList<>();
        List<String> roleNames = new ArrayList<>();
        List<String> services = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (element.value() instanceof PrincipalValue.Wildcard) {
            everyone = true;
        } else if (element.value() instanceof PrincipalValue.ByType byType) {
            for (PrincipalValue.Entry entry : byType.entries()) {
                String type = entry.type().value();
                for (Located<String> located : entry.values()) {
                    String value = located.value();
                    if (type.equals("AWS")) {
                        if (value.equals("*")) {
                            everyone = true;
                        } else if (ACCOUNT_ID.matcher(value).matches()) {
                            accounts.add(value);
                        } else if (value.startsWith("arn:") && value.endsWith(":root")) {
                            accounts.add(accountOf(value));
                        } else if (isRoleArn(value)) {
                            roleNames.add(accountOf(value) + "/" + value.substring(value.lastIndexOf('/') + 1));
                        } else {
                            arns.add(value);
                        }
                    } else if (type.equals("Service")) {
                        services.add(value.toLowerCase(Locale.ROOT));
                    } else {
                        others.add(value);
                    }
                }
            }
        }
        return new PrincipalMatcher(element.negated(), everyone, List.copyOf(accounts), List.copyOf(arns),
                List.copyOf(roleNames), List.copyOf(services), List.copyOf(others));
    }

    boolean negated() {
        return negated;
    }

    Match match(Caller caller) {
        if (!negated) {
            return positiveMatch(caller);
        }
        // NotPrincipal applies to everyone it does not name, and it names a caller only by the
        // caller's own ARN: listing an account exempts its root, not its users; listing a role
        // exempts the role, not its sessions (IAM User Guide, NotPrincipal).
        return namesExactly(caller) ? Match.NONE : Match.DIRECT;
    }

    private boolean namesExactly(Caller caller) {
        if (everyone) {
            return true;
        }
        return switch (caller.kind()) {
            case SERVICE -> services.contains(caller.arn().toLowerCase(Locale.ROOT));
            case ANONYMOUS -> false;
            case ROOT -> accounts.contains(caller.account().orElse(""));
            case IAM_ROLE -> roleNames.contains(roleKey(caller));
            default -> arns.contains(caller.arn()) || others.contains(caller.arn());
        };
    }

    private static String roleKey(Caller caller) {
        String roleArn = caller.roleArn().orElseThrow();
        return caller.account().orElse("") + "/" + roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }

    private Match positiveMatch(Caller caller) {
        if (everyone) {
            return Match.DIRECT;
        }
        switch (caller.kind()) {
            case SERVICE:
                return services.contains(caller.arn().toLowerCase(Locale.ROOT)) ? Match.DIRECT : Match.NONE;
            case ANONYMOUS:
                return Match.NONE;
            default:
                break;
        }
        if (arns.contains(caller.arn()) || others.contains(caller.arn())) {
            return Match.DIRECT;
        }
        String account = caller.account().orElse("");
        if (caller.kind() == PrincipalKind.IAM_ROLE || caller.kind() == PrincipalKind.ASSUMED_ROLE_SESSION) {
            if (roleNames.contains(roleKey(caller))) {
                return caller.kind() == PrincipalKind.IAM_ROLE ? Match.DIRECT : Match.ROLE;
            }
        }
        return accounts.contains(account) ? Match.ACCOUNT : Match.NONE;
    }

    private static boolean isRoleArn(String value) {
        return value.startsWith("arn:") && value.contains(":iam::") && value.contains(":role/");
    }

    /** The account field of an ARN (the fifth colon-separated field). */
    private static String accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }
}
