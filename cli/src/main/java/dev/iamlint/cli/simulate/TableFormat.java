package dev.iamlint.cli.simulate;

import dev.iamlint.cli.TerminalText;
import dev.iamlint.eval.MatchedStatement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The simulation as a table for people: one row per action and resource, with the decision and
 * the statements that decided it as {@code POLICY:LINE:COLUMN}, where POLICY is the policy's file
 * when it was read from one.
 */
public final class TableFormat {

    private static final String GAP = "  ";

    private TableFormat() {}

    public static void write(Simulation simulation, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        boolean anyMissing = simulation.actions().stream()
                .flatMap(a -> a.resources().stream())
                .anyMatch(r -> !r.evaluation().missingContextKeys().isEmpty());
        List<String> header = new ArrayList<>(List.of("ACTION", "RESOURCE", "DECISION", "MATCHED STATEMENTS"));
        if (anyMissing) {
            header.add("MISSING CONTEXT KEYS");
        }
        rows.add(header);
        for (Simulation.ActionResult action : simulation.actions()) {
            for (Simulation.ResourceResult resource : action.resources()) {
                List<String> row = new ArrayList<>(List.of(
                        action.action(),
                        resource.resource(),
                        resource.evaluation().decision().awsName(),
                        statements(simulation, ResponseJson.decisive(resource.evaluation()))));
                if (anyMissing) {
                    row.add(orDash(String.join(", ", resource.evaluation().missingContextKeys())));
                }
                rows.add(row);
            }
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
                }
            }
            out.println(TerminalText.printable(line.toString()));
        }
    }

    /** {@code PolicyInputList.1:4:9, policies/repo.json:3:5}, or {@code -}. */
    private static String statements(Simulation simulation, List<MatchedStatement> statements) {
        return orDash(statements.stream()
                .map(s -> simulation.source(s.policyId()) + ":" + s.range().start())
                .collect(Collectors.joining(", ")));
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
