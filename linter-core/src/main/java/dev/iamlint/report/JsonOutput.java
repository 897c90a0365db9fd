package dev.iamlint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The JSON layout of every file iamlint writes (reports, baselines): two-space indentation,
 * {@code "key": value}, {@code []} and {@code {}} for empty containers, {@code \n} line breaks on
 * every platform, so that output is the same byte for byte wherever it is made.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {}

    /** A generator that writes to {@code out} and leaves it open when closed. */
    public static JsonGenerator prettyGenerator(Writer out) throws IOException {
        return pretty(FACTORY.createGenerator(out));
    }

    /**
     * A generator that writes UTF-8 to {@code out} and leaves it open when closed: Jackson encodes
     * as it goes, without a {@link Writer}'s extra copy and encoding pass (a report can be megabytes).
     */
    public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        return pretty(FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    private static JsonGenerator pretty(JsonGenerator generator) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return generator.setPrettyPrinter(printer);
    }
}
