package dev.iamlint.eval.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads table-driven test cases: every {@code *.json} file under a test resource folder holds an
 * array of case objects, each named by {@code "name"} or, failing that, by its position.
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    /** One argument per case, named {@code file: case}. */
    public static Stream<Arguments> cases(String folder) {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : files(folder)) {
            JsonNode array = read(file);
            for (int i = 0; i < array.size(); i++) {
                JsonNode node = array.get(i);
                String name = node.has("name") ? node.get("name").asText() : "#" + i;
                cases.add(Arguments.of(Named.of(file.getFileName() + ": " + name, node)));
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no cases under " + folder);
        }
        return cases.stream();
    }

    /**
     * The request context of a case: {@code "context"}, an object of keys to a string or an array
     * of strings, in AWS mode or, with {@code "open": true}, in open mode.
     */
    public static RequestContext context(JsonNode node) {
        ContextMode mode = node.path("open").asBoolean(false) ? ContextMode.OPEN : ContextMode.AWS;
        RequestContext.Builder builder = RequestContext.builder(mode);
        node.path("context").properties().forEach(entry -> {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(entry.getValue().asText());
            }
            builder.put(entry.getKey(), values);
        });
        return builder.build();
    }

    /** {@code "expected"}: TRUE, FALSE or UNKNOWN, or a JSON boolean. */
    public static Tri expected(JsonNode node) {
        JsonNode expected = node.get("expected");
        return expected.isBoolean() ? Tri.of(expected.booleanValue()) : Tri.valueOf(expected.asText());
    }

    private static List<Path> files(String folder) {
        URL url = Fixtures.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
            return paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!node.isArray()) {
                throw new IllegalStateException(file + " must hold an array of cases");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
