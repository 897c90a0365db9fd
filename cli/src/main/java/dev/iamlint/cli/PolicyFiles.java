package dev.iamlint.cli;

import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.SourceText;
import dev.iamlint.text.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inputs of {@code iamlint lint}: files as given (policies, CloudFormation templates in JSON or
 * YAML, Terraform plans, account authorization details), {@code *.json}, {@code *.template.yaml}
 * and {@code *.template.yml} files under directories (recursively, in name order, skipping hidden
 * directories such as {@code .git} and {@code node_modules}), and {@code -}
 * for standard input. An input that cannot be read is recorded, not thrown, so that every other
 * input is still linted.
 */
final class PolicyFiles {

    static final String STDIN = "-";
    static final String STDIN_PATH = "<stdin>";

    /** What was read, in order, and what could not be. */
    record Collected(List<SourceText> sources, List<FileResult> failures) {
        Collected {
            sources = List.copyOf(sources);
            failures = List.copyOf(failures);
        }
    }

    private PolicyFiles() {}

    static Collected collect(List<String> arguments, InputStream stdin) {
        List<SourceText> sources = new ArrayList<>();
        List<FileResult> failures = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                read(STDIN_PATH, stdin::readAllBytes).addTo(sources, failures);
                continue;
            }
            Path path;
            try {
                path = Path.of(argument).normalize();
            } catch (InvalidPathException e) {
                failures.add(new FileResult(argument, FileResult.Kind.ERROR, Optional.of("not a valid path")));
                continue;
            }
            if (Files.isDirectory(path)) {
                walk(path, sources, failures);
            } else {
                readFile(path).addTo(sources, failures);
            }
        }
        return new Collected(sources, failures);
    }

    /**
     * One file that an option names.
     *
     * @throws InputException if it cannot be read
     */
    static SourceText readOne(String option, Path file) {
        List<SourceText> sources = new ArrayList<>();
        List<FileResult> failures = new ArrayList<>();
        readFile(file.normalize()).addTo(sources, failures);
        if (!failures.isEmpty()) {
            throw InputException.error(option + " " + file + ": " + failures.get(0).error().orElseThrow());
        }
        return sources.get(0);
    }

    private static void walk(Path root, List<SourceText> sources, List<FileResult> failures) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    // node_modules: a CDK app's dependencies hold templates and policies of their own (the Maven goal skips it too).
                    String name = dir.equals(root) ? "" : dir.getFileName().toString();
                    boolean skipped = name.startsWith(".") || name.equals("node_modules");
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean regular = attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && searched(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(FileResult.unreadable(file.toString(), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(FileResult.unreadable(root.toString(), e));
        }
        found.sort(Comparator.comparing(Path::toString));
        // In parallel: a directory may hold thousands of small files, and decoding them is CPU work.
        found.parallelStream().map(PolicyFiles::readFile).toList().forEach(outcome -> outcome.addTo(sources, failures));
    }

    /** YAML is searched for only as templates: most YAML in a repository (CI, Kubernetes) holds no IAM policy. */
    private static boolean searched(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".template.yaml") || name.endsWith(".template.yml");
    }

    /** What reading one input gave: its text, or why there is none. */
    private record Outcome(Optional<SourceText> source, Optional<FileResult> failure) {
        void addTo(List<SourceText> sources, List<FileResult> failures) {
            source.ifPresent(sources::add);
            failure.ifPresent(failures::add);
        }
    }

    private static Outcome readFile(Path file) {
        return read(file.toString(), () -> Files.readAllBytes(file));
    }

    private interface BytesSource {
        byte[] read() throws IOException;
    }

    private static Outcome read(String path, BytesSource source) {
        try {
            return new Outcome(Optional.of(new SourceText(path, Utf8Text.decode(source.read()))), Optional.empty());
        } catch (IOException e) {
            return new Outcome(Optional.empty(), Optional.of(FileResult.unreadable(path, e)));
        }
    }

}
