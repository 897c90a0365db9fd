package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleDocs;
import dev.iamlint.rules.RuleRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code iamlint rules}, black-box through {@link Main#run}. */
class RulesCommandTest {

    @Test
    void listsEveryRuleWithIdNameSeverityAndSummary() {
        CliRun run = CliRun.of("rules");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("ID +NAME +SEVERITY +SUMMARY"), lines.get(0));
        List<RuleDescriptor> rules = RuleRegistry.builtin().descriptors();
        assertEquals(rules.size() + 1, lines.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor rule = rules.get(i);
            assertEquals(List.of(rule.id(), rule.name(), rule.severity().name().toLowerCase(Locale.ROOT)),
                    List.of(lines.get(i + 1).split(" +", 4)).subList(0, 3));
            assertTrue(lines.get(i + 1).endsWith("  " + rule.summary()), lines.get(i + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"IAM201", "iam201", "AllActions", "allactions"})
    void printsTheDocumentationPageByIdOrName(String rule) {
        CliRun run = CliRun.of("rules", rule);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(RuleDocs.page("IAM201").orElseThrow(), run.out());
        assertTrue(run.out().startsWith("# IAM201 AllActions: "), run::toString);
    }

    @Test
    void parserProblemsHaveTheirPagesToo() {
        CliRun run = CliRun.of("rules", "MalformedJson");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(RuleDocs.page("IAM001").orElseThrow(), run.out());
    }

    @Test
    void unknownRuleExitsTwoWithASuggestion() {
        CliRun run = CliRun.of("rules", "AllAction");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("error: no rule \"AllAction\"; did you mean IAM201 (AllActions)? ('iamlint rules' lists them)\n", run.err());
    }

    @Test
    void unknownRuleWithoutAnyCloseOneSaysWhereTheListIs() {
        CliRun run = CliRun.of("rules", "S3BucketPolicy");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("error: no rule \"S3BucketPolicy\" ('iamlint rules' lists them)\n", run.err());
    }
}
