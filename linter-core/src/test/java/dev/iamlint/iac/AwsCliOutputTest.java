package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsCliOutputTest {

    @ParameterizedTest
    @CsvSource({
        // file, pointer, kind, line and column of the first statement in the file
        "get-role-policy.json, /PolicyDocument, IDENTITY, 7, 13",
        "get-policy-version.json, /PolicyVersion/Document, IDENTITY, 6, 17",
        "get-role.json, /Role/AssumeRolePolicyDocument, RESOURCE, 11, 17",
        // JSON text: positions through the string's escapes
        "get-repository-policy.json, /policyText, RESOURCE, 4, 81",
        "get-bucket-policy.json, /Policy, RESOURCE, 2, 59",
    })
    void thePolicyOfEachOutputIsReadAtItsPlaceInTheFile(String file, String pointer, PolicyKind kind, int line, int column) {
        String text = fixture(file);
        AwsCliOutput output = AwsCliOutput.of(read(text)).orElseThrow();

        assertEquals(pointer, output.pointer());
        assertEquals(kind, output.kind());
        ParseResult parsed = output.parse(text, ParseOptions.DEFAULTS, kind);
        assertEquals(List.of(), parsed.problems());
        Statement statement = parsed.document().orElseThrow().statements().get(0);
        assertEquals(line + ":" + column, statement.range().line() + ":" + statement.range().column(), statement.range().toString());
        assertEquals(pointer + "/Statement/0/Effect", statement.effect().orElseThrow().pointer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a Policy string beside members no AWS CLI output has
        "{\"Policy\": \"{\\\"Version\\\": \\\"2012-10-17\\\"}\", \"Comment\": \"settings of another tool\"}",
        // a Policy that is no JSON text
        "{\"Policy\": \"AdministratorAccess\"}",
        // a PolicyDocument without the PolicyName the IAM outputs print beside it
        "{\"PolicyDocument\": {\"Statement\": []}}",
        // ECR's policyText without its registryId
        "{\"policyText\": \"{}\"}",
        "[{\"PolicyName\": \"x\", \"PolicyDocument\": {}}]",
    })
    void otherJsonIsNoOutput(String json) {
        assertEquals(Optional.empty(), AwsCliOutput.of(read(json)));
    }

    @Test
    void aUrlEncodedDocumentAsTheRawApiWritesItIsDecoded() {
        String text = "{\"PolicyName\": \"p\", \"PolicyDocument\": "
                + "\"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
                + "%22Action%22%3A%22ecr%3AGetAuthorizationToken%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D\"}";
        AwsCliOutput output = AwsCliOutput.of(read(text)).orElseThrow();

        ParseResult parsed = output.parse(text, ParseOptions.DEFAULTS, output.kind());
        assertEquals(List.of(), parsed.problems());
        assertTrue(parsed.document().isPresent());
        assertEquals("ecr:GetAuthorizationToken",
                parsed.document().get().statements().get(0).action().orElseThrow().values().get(0).value());
    }

    private static JsonValue read(String json) {
        try {
            return new JsonReader(ParseOptions.DEFAULTS.jsonLimits()).read(json);
        } catch (JsonReadException e) {
            throw new AssertionError(json, e);
        }
    }

    private static String fixture(String file) {
        try (InputStream in = AwsCliOutputTest.class.getResourceAsStream("/iac/aws-cli/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
