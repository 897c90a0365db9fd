package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans and account details are read within larger limits than policies and templates; see {@link ParseOptions#containerLimits()}. */
class InputDocumentTest {

    private static final String PLAN = fixture("terraform/node-role.tfplan.json");
    private static final String ACCOUNT = fixture("authorization-details/account.json");

    @Test
    void aPlanLargerThanAPolicyMayBeIsStillAPlan() {
        ParseOptions small = ParseOptions.DEFAULTS.withMaxDocumentChars(PLAN.length() / 2);
        InputDocument document = InputDocument.read(PLAN, "big.tfplan.json", small);

        // No policy: read as one, it lacks a Statement, so a linter skips it rather than calling it too large.
        assertEquals(ProblemCode.MISSING_ELEMENT, document.asPolicy(PolicyParser.withDefaults(), PolicyKind.IDENTITY).problems().get(0).code());
        assertInstanceOf(NotATemplate.class, document.asTemplate(TemplateParameters.NONE));
        TerraformJson plan = document.asTerraform();
        assertEquals(List.of(), plan.problems());
        assertEquals(TerraformJson.read(PLAN, "big.tfplan.json").policies().size(), plan.policies().size());
    }

    @Test
    void accountDetailsWithMoreElementsThanAPolicyMayHaveAreStillAccountDetails() {
        ParseOptions small = ParseOptions.DEFAULTS.withMaxElements(50);
        AccountAuthorizationDetails account = InputDocument.read(ACCOUNT, "account.json", small).asAccount();

        assertEquals(List.of(), account.problems());
        assertEquals(AccountAuthorizationDetails.read(ACCOUNT, "account.json").policies().size(), account.policies().size());
    }

    @Test
    void beyondTheLargerLimitsTooAPlanIsReportedAsTooLarge() {
        // 64 times the characters a policy may have, and still short of the plan.
        ParseOptions tiny = ParseOptions.DEFAULTS.withMaxDocumentChars(PLAN.length() / 100);
        InputDocument document = InputDocument.read(PLAN, "big.tfplan.json", tiny);

        assertEquals(List.of(ProblemCode.LIMIT_EXCEEDED), codes(document.asTerraform().problems()));
        assertEquals(List.of(ProblemCode.LIMIT_EXCEEDED), codes(document.asPolicy(PolicyParser.withDefaults(), PolicyKind.IDENTITY).problems()));
    }

    @Test
    void jsonBeyondAPolicysLimitsIsATooLargePolicyOnlyIfItLooksLikeOne() {
        ParseOptions small = ParseOptions.DEFAULTS.withMaxDocumentChars(100);
        String lockFile = "{\"name\": \"app\", \"lockfileVersion\": 3, \"packages\": {\"node_modules/a\": {\"version\": \"1.0.0\"},"
                + " \"node_modules/b\": {\"version\": \"2.0.0\"}}}";
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                + " \"Resource\": \"arn:aws:s3:::bucket/*\"}]}";

        List<Problem> notAPolicy = InputDocument.read(lockFile, "package-lock.json", small)
                .asPolicy(PolicyParser.withDefaults(), PolicyKind.IDENTITY).problems();
        List<Problem> tooLarge = InputDocument.read(policy, "big.json", small)
                .asPolicy(PolicyParser.withDefaults(), PolicyKind.IDENTITY).problems();

        assertEquals(ProblemCode.MISSING_ELEMENT, notAPolicy.get(0).code(), notAPolicy.toString());
        assertEquals(List.of(ProblemCode.LIMIT_EXCEEDED), codes(tooLarge));
    }

    @Test
    void malformedJsonIsNotReadAgain() {
        InputDocument document = InputDocument.read("{\"resource_changes\": [", "broken.tfplan.json", ParseOptions.DEFAULTS);

        assertEquals(List.of(ProblemCode.MALFORMED_JSON), codes(document.asTerraform().problems()));
    }

    private static List<ProblemCode> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    private static String fixture(String file) {
        try (InputStream in = InputDocumentTest.class.getResourceAsStream("/iac/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
