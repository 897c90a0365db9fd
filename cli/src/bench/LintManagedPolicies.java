import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ManagedPolicies;
import dev.iamlint.catalog.ManagedPolicy;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every bundled AWS managed policy to DIR (one file each, for the CLI run the script
 * times), then measures in-process lint throughput with --require ecr-pull: rounds over the whole
 * set after warm-up. Run with the CLI jar on the class path (see lint-managed-policies).
 */
public class LintManagedPolicies {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        ManagedPolicies bundled = ManagedPolicies.bundled();
        List<SourceText> sources = new ArrayList<>();
        for (String name : bundled.names()) {
            ManagedPolicy policy = bundled.byName(name).orElseThrow();
            Path file = dir.resolve(name + ".json");
            Files.writeString(file, policy.document());
            sources.add(new SourceText(file.toString(), policy.document()));
        }
        Linter linter = new Linter(RuleRegistry.builtin(), ActionCatalog.bundled(), PolicyParser.withDefaults());
        LintRequest request = LintRequest.of(sources, LintConfig.DEFAULTS)
                .withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of());
        int findings = 0;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            LintResult result = linter.lint(request);
            long nanos = System.nanoTime() - start;
            findings = result.findings().size();
            if (round >= 3) {
                System.out.printf("in-process: %d policies in %.0f ms, %.0f policies/s%n",
                        sources.size(), nanos / 1e6, sources.size() / (nanos / 1e9));
            }
        }
        System.out.println("findings per run: " + findings);
    }
}
