package dev.iamlint.report;

import dev.iamlint.requirement.PermissionResult;
import java.util.ArrayList;
import java.util.List;

/** What a conditional permission hangs on, in the words every report format uses. */
final class OnlyIf {

    private OnlyIf() {}

    /**
     * "conditions on aws:SourceVpce hold", "AWS::AccountId and AWS::Region are what the targets
     * need" (values a template leaves open, which the checked resources may or may not have), or
     * both joined by "and".
     */
    static String phrase(PermissionResult permission) {
        List<String> parts = new ArrayList<>(2);
        List<String> keys = permission.unknownConditionKeys();
        if (!keys.isEmpty()) {
            parts.add("conditions on " + String.join(", ", keys) + " hold");
        }
        List<String> values = permission.evaluation().unknownValues();
        if (!values.isEmpty()) {
            parts.add(enumerate(values) + (values.size() == 1 ? " is" : " are") + " what the targets need");
        }
        // A conditional result always hangs on one of the two; the fallback keeps the sentence whole.
        return parts.isEmpty() ? "conditions iamlint cannot know hold" : String.join(" and ", parts);
    }

    /** "a", "a and b", "a, b and c". */
    private static String enumerate(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
