package dev.iamlint.cli;

import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleDocs;
import dev.iamlint.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iamlint rules [ID|NAME]}: the rule list, or one rule's documentation. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Lists the rules (id, name, default severity, summary), or prints one rule's documentation.",
        footerHeading = "%nExit codes:%n",
        footer = {
            " 0  printed",
            " 2  no such rule"
        })
final class RulesCommand implements Callable<Integer> {

    private static final List<String> HEADINGS = List.of("ID", "NAME", "SEVERITY", "SUMMARY");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID|NAME", description = "A rule id (IAM201) or name (AllActions), in any case.")
    String rule;

    @Mixin
    LoggingOptions logging;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleRegistry registry = RuleRegistry.builtin();
        if (rule == null) {
            table(registry.descriptors(), out);
            return ExitCodes.OK;
        }
        RuleDescriptor descriptor = registry.find(rule).orElseThrow(() -> InputException.error("no rule \"" + rule + "\""
                + registry.suggestion(rule).map(s -> "; did you mean " + s + "?").orElse("")
                + " ('iamlint rules' lists them)"));
        // RuleMetadataTest keeps a page for every finding kind, parser problems included.
        out.print(RuleDocs.page(descriptor.id())
                .orElseThrow(() -> new IllegalStateException("no documentation page for " + descriptor.id())));
        return ExitCodes.OK;
    }

    private static void table(List<RuleDescriptor> rules, PrintWriter out) {
        int idWidth = width(rules.stream().map(RuleDescriptor::id).toList(), HEADINGS.get(0));
        int nameWidth = width(rules.stream().map(RuleDescriptor::name).toList(), HEADINGS.get(1));
        int severityWidth = HEADINGS.get(2).length();
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-" + severityWidth + "s  %s%n";
        out.printf(row, HEADINGS.toArray());
        for (RuleDescriptor rule : rules) {
            out.printf(row, rule.id(), rule.name(), rule.severity().name().toLowerCase(Locale.ROOT), rule.summary());
        }
    }

    private static int width(List<String> values, String heading) {
        return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
