package dev.iamlint.rules.validity;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Two statements with the same Sid: IAM requires Sids to be unique within a policy. Sids with an
 * unknown part are not compared: the same marker may stand for different values (two
 * {@code Fn::Select}s of one parameter list).
 */
@RuleInfo(
        id = "IAM113",
        name = "DuplicateSid",
        summary = "Two statements have the same Sid",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html")
public final class DuplicateSid implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        Map<String, Located<String>> first = new HashMap<>();
        for (Statement statement : context.document().statements()) {
            statement.sid().filter(sid -> !sid.value().isEmpty() && !UnknownValues.contains(sid.value())).ifPresent(sid -> {
                Located<String> earlier = first.putIfAbsent(sid.value(), sid);
                if (earlier != null) {
                    context.report(sid, "Sid \"" + sid.value() + "\" is already used by the statement at line "
                            + earlier.range().line() + "; give each statement its own Sid");
                }
            });
        }
    }
}
