package dev.iamlint.requirement;

import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy fixtures for the requirement tests: {@code requirement/policies/} and the shipped AWS managed policies. */
final class Policies {

    private static final Path MANAGED = Path.of("..", "policies", "aws-managed");

    private Policies() {}

    static PolicyInput identity(String fixture) {
        return new PolicyInput(fixture, PolicyType.IDENTITY, parse(fixture(fixture), PolicyKind.IDENTITY));
    }

    static PolicyInput repositoryPolicy(String fixture) {
        return new PolicyInput(fixture, PolicyType.RESOURCE, parse(fixture(fixture), PolicyKind.RESOURCE));
    }

    static PolicyInput managed(String name) {
        try {
            String text = Files.readString(MANAGED.resolve(name + ".json"), StandardCharsets.UTF_8);
            return new PolicyInput("arn:aws:iam::aws:policy/" + name, PolicyType.IDENTITY, parse(text, PolicyKind.IDENTITY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PolicyDocument parse(String text, PolicyKind kind) {
        ParseResult result = PolicyParser.withDefaults().parse(text, kind);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("fixture does not parse: " + result.problems());
        }
        return result.document().orElseThrow();
    }

    private static String fixture(String name) {
        try (InputStream in = Policies.class.getResourceAsStream("/requirement/policies/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
