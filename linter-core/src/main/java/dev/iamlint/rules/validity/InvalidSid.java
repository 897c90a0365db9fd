package dev.iamlint.rules.validity;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.regex.Pattern;

/**
 * A Sid with characters IAM does not accept. IAM policies (identity, SCP, RCP) take only
 * {@code [A-Za-z0-9]}. Resource-based policies belong to services with rules of their own: ECR's
 * examples have spaces, SNS's default policy has underscores; there only characters outside
 * {@code [A-Za-z0-9 _.-]} are reported. Of a Sid with an unknown part, only the characters written
 * around it are checked, and no valid Sid is suggested.
 */
@RuleInfo(
        id = "IAM114",
        name = "InvalidSid",
        summary = "Sid has characters the policy type does not accept",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html")
public final class InvalidSid implements DocumentRule {

    private static final Pattern IAM_INVALID = Pattern.compile("[^A-Za-z0-9]");
    private static final Pattern RESOURCE_POLICY_INVALID = Pattern.compile("[^A-Za-z0-9 _.\\-]");

    @Override
    public void check(DocumentContext context) {
        boolean lenient = context.kind() == PolicyKind.RESOURCE || context.kind() == PolicyKind.VPC_ENDPOINT;
        Pattern invalid = lenient ? RESOURCE_POLICY_INVALID : IAM_INVALID;
        String accepted = lenient ? "letters, digits, spaces, '_', '.' and '-'" : "letters and digits (A-Z, a-z, 0-9)";
        for (Statement statement : context.document().statements()) {
            if (statement.sid().isEmpty()) {
                continue;
            }
            Located<String> sid = statement.sid().get();
            boolean unknown = UnknownValues.contains(sid.value());
            // The regex only for the rare invalid Sid: a character test costs far less on the common path.
            if (allValid(unknown ? KnownText.withoutMarkers(sid.value()) : sid.value(), lenient)) {
                continue;
            }
            String cleaned = unknown ? "" : withoutInvalid(sid.value(), invalid);
            String message = "Sid \"" + sid.value() + "\" may hold only " + accepted;
            if (cleaned.isEmpty()) {
                context.report(sid, message);
            } else {
                context.report(sid, message + "; for example \"" + cleaned + "\"", Fix.of("Rename the Sid to " + cleaned));
            }
        }
    }

    private static boolean allValid(String sid, boolean lenient) {
        for (int i = 0; i < sid.length(); i++) {
            char c = sid.charAt(i);
            boolean valid = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || lenient && (c == ' ' || c == '_' || c == '.' || c == '-');
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** The Sid without its invalid characters, each part after one capitalized: "Pull images" gives "PullImages". */
    private static String withoutInvalid(String sid, Pattern invalid) {
        StringBuilder cleaned = new StringBuilder(sid.length());
        for (String part : invalid.split(sid)) {
            if (!part.isEmpty()) {
                cleaned.append(cleaned.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return cleaned.toString();
    }
}
