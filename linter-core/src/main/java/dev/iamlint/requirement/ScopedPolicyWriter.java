package dev.iamlint.requirement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the least-privilege identity policy of an expansion: one Allow statement per Sid, in
 * requirement order, with its actions and resources sorted; four-space indentation and
 * {@code "Key": value}, as AWS's console and managed policies lay policies out.
 */
final class ScopedPolicyWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ScopedPolicyWriter() {}

    static String write(Expansion expansion) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Expansion.Required required : expansion.requests()) {
            Group group = groups.computeIfAbsent(required.permission().statementSid(), sid -> new Group());
            group.actions.add(required.permission().action());
            group.resources.add(required.grant());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("Version", "2012-10-17");
            json.writeArrayFieldStart("Statement");
            for (Map.Entry<String, Group> entry : groups.entrySet()) {
                json.writeStartObject();
                json.writeStringField("Sid", entry.getKey());
                json.writeStringField("Effect", "Allow");
                writeOneOrMany(json, "Action", List.copyOf(entry.getValue().actions));
                writeOneOrMany(json, "Resource", List.copyOf(entry.getValue().resources));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.append('\n').toString();
    }

    /** A string for one value, as people write it; an array for several. */
    private static void writeOneOrMany(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values.size() == 1) {
            json.writeStringField(field, values.get(0));
            return;
        }
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static final class Group {
        final TreeSet<String> actions = new TreeSet<>();
        final TreeSet<String> resources = new TreeSet<>();
    }
}
