package dev.iamlint.maven;

import dev.iamlint.lint.FailOn;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintResult;
import dev.iamlint.report.JsonFormatter;
import dev.iamlint.report.ReportFormatter;
import dev.iamlint.report.SarifFormatter;
import dev.iamlint.report.TerminalSafe;
import dev.iamlint.report.TextFormatter;
import dev.iamlint.report.ToolInfo;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.source.Severity;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The check goal's decisions as plain functions, so they are tested without Maven. */
final class MojoSupport {

    /** Under src/main/iam, only what can hold a policy: a README or .gitkeep beside the policies is no malformed one. */
    static final List<String> DEFAULT_INCLUDES = List.of("src/main/iam/**/*.json", "src/main/iam/**/*.yaml", "src/main/iam/**/*.yml",
            "**/*.template.json", "**/*.template.yaml", "**/*.template.yml", "cdk.out/*.template.json", "**/*.tfplan.json");
    static final List<String> DEFAULT_EXCLUDES = List.of("target/**");
    static final String INFORMATION_URI = "https://github.com/iamlint/iamlint";

    /** Report files written to the output directory. */
    enum ReportFormat {
        sarif,
        json,
        txt;

        String fileName() {
            return "iamlint." + name();
        }

        /** {@code basedir}: the project's folder, which the findings' paths are relative to. */
        ReportFormatter formatter(String version, Path basedir) {
            return switch (this) {
                // Absolute file URIs: a code-scanning service resolves them from the repository root, module or not.
                case sarif -> new SarifFormatter(new ToolInfo(version, INFORMATION_URI), basedir.toAbsolutePath().toString());
                case json -> new JsonFormatter();
                case txt -> new TextFormatter(false);
            };
        }
    }

    /** What the build does: log {@code summary}, and fail with it when {@code failed}. */
    record Outcome(String summary, boolean failed) {}

    private MojoSupport() {}

    /** Fails on findings at or above {@code failOn} and, whatever it is, on inputs that could not be read, as the CLI does. */
    static Outcome decide(LintResult result, FailOn failOn) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long notes = result.count(Severity.NOTE);
        String counts = plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note")
                + " in " + plural(result.lintedFiles(), "file");
        List<String> failures = new ArrayList<>();
        long unreadable = result.unreadableFiles();
        if (unreadable > 0) {
            failures.add(plural(unreadable, "input") + " could not be read");
        }
        if (failOn.failsOn(result)) {
            failures.add(plural(failOn.failing(result), "finding") + " at or above " + failOn);
        }
        if (failures.isEmpty()) {
            return new Outcome("iamlint: " + counts, false);
        }
        return new Outcome("iamlint: " + String.join(", ", failures) + " (" + counts + ")", true);
    }

    /** An input that could not be read, as {@code path: reason}. */
    static String describe(FileResult unreadable, Path basedir) {
        return TerminalSafe.printable(basedir.resolve(unreadable.path()) + ": " + unreadable.error().orElse("cannot be read"));
    }

    /**
     * One finding as {@code path:line:col ID message}, the shape IDEs turn into a link. Paths and
     * messages quote the inputs, so control characters are made printable.
     */
    static String describe(Finding finding, Path basedir) {
        return TerminalSafe.printable(basedir.resolve(finding.path()) + ":" + finding.range().line() + ":"
                + finding.range().column() + " " + finding.ruleId() + " " + finding.message());
    }

    /** The finding's fix, if it has one, as lines indented below it, laid out as in {@code iamlint.txt}. */
    static List<String> describeFix(Finding finding) {
        if (finding.fix().isEmpty()) {
            return List.of();
        }
        Fix fix = finding.fix().get();
        List<String> lines = new ArrayList<>();
        lines.add("    fix: " + TerminalSafe.printable(fix.description()));
        for (Fix.Option option : fix.options()) {
            lines.add("      " + TerminalSafe.printable(option.title()) + ":");
            for (String line : option.content().stripTrailing().split("\\R")) {
                lines.add(line.isEmpty() ? "" : "        " + TerminalSafe.printable(line));
            }
        }
        return lines;
    }

    /** @throws IllegalArgumentException naming the unknown requirement */
    static List<Requirement> requirements(String commaSeparated) {
        return parseList(commaSeparated, Requirements::builtin);
    }

    /** @throws IllegalArgumentException naming the image that is not an ECR image */
    static List<RequirementTarget> targets(String commaSeparated) {
        return parseList(commaSeparated, RequirementTarget::fromImage);
    }

    /** {@code failOn} as written, in any case; Maven's own conversion would name neither the values nor ignore case. */
    static FailOn failOn(String value) {
        return constant(FailOn.class, "failOn", value);
    }

    /** @throws IllegalArgumentException naming the unknown format */
    static List<ReportFormat> formats(String commaSeparated) {
        return parseList(commaSeparated, name -> constant(ReportFormat.class, "report format", name)).stream().distinct().toList();
    }

    /**
     * The constant named {@code value}, in any case. An unknown name is an error that names the known
     * ones, without Java's message as its cause, which Maven would print after it.
     */
    private static <E extends Enum<E>> E constant(Class<E> type, String what, String value) {
        try {
            return Enum.valueOf(type, value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " \"" + value + "\" (known: " + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    /**
     * The regular files under {@code basedir} whose relative path (with {@code /}) matches an include and no
     * exclude, sorted. Patterns are globs where a leading {@code **}{@code /} also matches no folder, as in Ant.
     * Folders that are not the project's own are not searched: hidden ones ({@code .git}), {@code node_modules}
     * (a CDK app's dependencies hold templates of their own), and nested Maven projects, such as the modules of
     * a reactor, which check their own files.
     */
    static List<Path> collect(Path basedir, List<String> includes, List<String> excludes) throws IOException {
        List<PathMatcher> included = matchers(includes);
        List<PathMatcher> excluded = matchers(excludes);
        List<Path> collected = new ArrayList<>();
        Files.walkFileTree(basedir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(basedir) || isProjectFolder(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = basedir.relativize(file);
                if (matches(included, relative) && !matches(excluded, relative) && Files.isRegularFile(file)) {
                    collected.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        collected.sort(null);
        return List.copyOf(collected);
    }

    private static boolean isProjectFolder(Path dir) {
        String name = dir.getFileName().toString();
        return !name.startsWith(".") && !name.equals("node_modules") && !Files.isRegularFile(dir.resolve("pom.xml"));
    }

    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            for (String glob : withEmptyFolders(pattern.strip().replace('\\', '/'))) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
        }
        return matchers;
    }

    /**
     * The glob and those it gives when any {@code **}{@code /} in it stands for no folder, as in Ant,
     * where {@code infra/**}{@code /*.json} takes {@code infra/a.json} too; Java's globs need a folder there.
     */
    static Set<String> withEmptyFolders(String glob) {
        Set<String> globs = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(glob));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (!globs.add(next)) {
                continue;
            }
            if (next.startsWith("**/")) {
                pending.add(next.substring(3));
            }
            for (int at = next.indexOf("/**/"); at >= 0; at = next.indexOf("/**/", at + 1)) {
                pending.add(next.substring(0, at) + next.substring(at + 3));
            }
        }
        return globs;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    static <T> List<T> parseList(String commaSeparated, Function<String, T> parse) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(parse).toList();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
