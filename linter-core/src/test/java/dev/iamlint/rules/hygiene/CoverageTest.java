package dev.iamlint.rules.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.source.Located;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

    /** Texts that are no ARN are compared whole, as actions are but case-sensitively. */
    private static final Coverage CASE_SENSITIVE = Coverage.resources();
    private static final Coverage ACTIONS = Coverage.actions();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ecr:Batch*       | ecr:BatchGetImage  | true  | true",
        "ecr:*            | ecr:Batch*         | true  | true",
        "ECR:BATCH*       | ecr:batchgetimage  | true  | true",
        "ECR:BATCH*       | ecr:batchgetimage  | false | false",
        "ecr:Batch?       | ecr:Batch*         | true  | false",
        "ecr:Batch*       | ecr:Get*           | true  | false",
        "*                | anything:at*all    | true  | true",
        "a*c*             | a*b*               | true  | false",
    })
    void coversWhatEveryTextOfTheOtherPatternMatches(String general, String specific, boolean ignoreCase, boolean covers) {
        assertEquals(covers, (ignoreCase ? ACTIONS : CASE_SENSITIVE).covers(general, specific));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arn:aws:s3:::logs/*                      | arn:aws:s3:::logs/app/*                        | true",
        "arn:aws:logs:*:*:/aws/lambda/x*          | arn:aws:logs:*:*:log-group:/aws/lambda/x*      | false",
        "arn:aws:ecr:*                            | arn:aws:ecr:us-east-1:111122223333:repository/a | true",
        "arn:aws:ecr:us-*                         | arn:aws:ecr:us-east-1:111122223333:repository/a | true",
        "arn:aws:ecr:us                           | arn:aws:ecr:us:111122223333:repository/a        | false",
        "arn:aws:ecr:*:*:repository/*             | arn:aws:ecr:*                                    | false",
        "*                                        | arn:aws:ecr:*                                    | true",
        "arn:aws:iam::*:role/*                    | arn:aws:iam::*:role/app/*                        | true",
        "arn:aws:iam::*:role/*                    | arn:aws:IAM::*:role/app                          | false",
    })
    void comparesArnsFieldByField(String general, String specific, boolean covers) {
        assertEquals(covers, CASE_SENSITIVE.covers(general, specific));
    }

    /** Soundness: when one pattern covers another, it matches every text the other matches. */
    @Property
    void coverageImpliesMatching(@ForAll("patterns") String general, @ForAll("patterns") String specific,
            @ForAll("texts") String text) {
        if (CASE_SENSITIVE.covers(general, specific) && Glob.compile(specific, false).matches(text)) {
            assertEquals(true, Glob.compile(general, false).matches(text), general + " covers " + specific + " but not " + text);
        }
    }

    /** Values are grouped by service, but a value without a written-out service is compared with all. */
    @Test
    void findsTheEarliestValueThatMakesAnotherRedundant() {
        List<Located<String>> values = Stream.of("ecr:Get*", "s3:GetObject", "ecr:GetAuthorizationToken", "e*:GetAuthorizationToken",
                "*", "ECR:get*").map(Located::synthetic).toList();
        Map<Located<String>, Located<String>> redundant = ACTIONS.redundant(values);
        assertEquals(Map.of(values.get(0), values.get(4), values.get(1), values.get(4), values.get(2), values.get(0),
                values.get(3), values.get(4), values.get(5), values.get(0)), redundant);
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars('a', 'b', '*', '?').ofMaxLength(5);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '*', '?').ofMaxLength(6);
    }
}
