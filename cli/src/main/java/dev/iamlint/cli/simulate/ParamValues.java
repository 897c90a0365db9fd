package dev.iamlint.cli.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamlint.cli.InputException;
import dev.iamlint.text.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads option values the way the AWS CLI does: {@code file://PATH} stands for the contents of
 * the file, and a list option given one value that is a JSON array takes that array.
 */
public final class ParamValues {

    private static final String FILE_PREFIX = "file://";

    private ParamValues() {}

    /** The value itself, or the contents of the file it names. */
    public static String load(String option, String value) {
        Optional<String> file = file(value);
        return file.isPresent() ? read(option, file.get()) : value;
    }

    /** The path of a {@code file://PATH} value. */
    static Optional<String> file(String value) {
        return value.startsWith(FILE_PREFIX) ? Optional.of(value.substring(FILE_PREFIX.length())) : Optional.empty();
    }

    /** The contents of a file named in {@code option}, as UTF-8. */
    public static String read(String option, String path) {
        try {
            return Utf8Text.decode(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException e) {
            throw InputException.error(option + ": cannot read " + FILE_PREFIX + path + ": no such file");
        } catch (IOException | InvalidPathException e) {
            throw InputException.error(option + ": cannot read " + FILE_PREFIX + path + ": " + e.getMessage());
        }
    }

    /** Paths are relative to the working directory; {@code ~/} is the home directory, as in the AWS CLI. */
    private static Path resolve(String path) {
        if (path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), path.substring(2));
        }
        return Path.of(path);
    }

    /** A list of strings such as action names or ARNs. */
    public static List<String> strings(String option, List<String> values) {
        List<String> loaded = values.stream().map(v -> load(option, v)).toList();
        if (isJsonArray(loaded)) {
            return JsonInput.strings(JsonInput.read(loaded.get(0), origin(option, values.get(0)), 1), option);
        }
        return loaded;
    }

    /** A list of policy documents; one read from a file keeps the file's name for error messages. */
    public static List<PolicyText> policies(String option, List<String> values) {
        List<PolicyText> policies = values.stream().map(v -> policy(option, v)).toList();
        if (policies.size() == 1 && isJsonArray(List.of(policies.get(0).text()))) {
            return JsonInput.strings(JsonInput.read(policies.get(0).text(), origin(option, values.get(0)), 1), option).stream()
                    .map(PolicyText::inline)
                    .toList();
        }
        return policies;
    }

    /** One policy document, inline or {@code file://PATH}. */
    public static PolicyText policy(String option, String value) {
        Optional<String> file = file(value);
        return new PolicyText(file.isPresent() ? read(option, file.get()) : value, file);
    }

    /**
     * Context entries: one JSON array of entries, or one entry per value, each a JSON object or
     * the AWS CLI's shorthand {@code ContextKeyName=…,ContextKeyValues=…,ContextKeyType=…}.
     */
    public static List<ContextEntry> contextEntries(String option, List<String> values) {
        List<String> loaded = values.stream().map(v -> load(option, v)).toList();
        List<ContextEntry> entries = new ArrayList<>();
        if (isJsonArray(loaded)) {
            JsonNode array = JsonInput.read(loaded.get(0), origin(option, values.get(0)), 1);
            for (int i = 0; i < array.size(); i++) {
                entries.add(ContextEntry.fromJson(array.get(i), option + "[" + i + "]"));
            }
            return entries;
        }
        for (int i = 0; i < loaded.size(); i++) {
            String value = loaded.get(i);
            if (value.stripLeading().startsWith("{")) {
                entries.add(ContextEntry.fromJson(JsonInput.read(value, origin(option, values.get(i)), 1), option));
            } else {
                entries.add(ContextEntry.fromShorthand(Shorthand.parse(option, value), option));
            }
        }
        return entries;
    }

    /**
     * SCP or RCP levels: a JSON array of levels, root first, each an array of policy documents as
     * strings (inline JSON or {@code file://PATH}).
     */
    public static List<List<PolicyText>> levels(String option, String value) {
        return levels(JsonInput.read(load(option, value), origin(option, value), 1), option);
    }

    static List<List<PolicyText>> levels(JsonNode node, String where) {
        if (!node.isArray()) {
            throw JsonInput.error(where, "expected a list of levels (lists of policies), found " + JsonInput.describe(node));
        }
        List<List<PolicyText>> levels = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String levelWhere = where + "[" + i + "]";
            if (!node.get(i).isArray()) {
                throw JsonInput.error(levelWhere, "expected a list of policies, found " + JsonInput.describe(node.get(i)));
            }
            levels.add(JsonInput.strings(node.get(i), levelWhere).stream().map(p -> policy(levelWhere, p)).toList());
        }
        return levels;
    }

    /** Where the text of a value comes from, for error positions: its file, or the option itself. */
    public static String origin(String option, String value) {
        return file(value).orElse(option);
    }

    private static boolean isJsonArray(List<String> values) {
        return values.size() == 1 && values.get(0).stripLeading().startsWith("[");
    }
}
