package dev.iamlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

    @ParameterizedTest(name = "{0} ~ {1} (ignore case {2}): {3}")
    @CsvSource({
        "Batch*, BatchGetImage, false, true",
        "Batch*, Batch, false, true",
        "batch*, BatchGetImage, false, false",
        "batch*, BatchGetImage, true, true",
        "*Image, BatchGetImage, false, true",
        "*Get*, BatchGetImage, false, true",
        "B?tch*, BatchGetImage, false, true",
        "B?tch, Bach, false, false",
        "*, '', false, true",
        "?*, '', false, false",
        "a*a*a*b, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, false, false",
        "a*a*a*b, aaaaaaaaaaaaaaaaaaaaaaaaaaaaab, false, true",
        "Get, GetX, false, false",
        "Get*, Ge, true, false",
        "GET*, getobject, true, true",
        "GET*, getobject, false, false",
        "Get**, GetObject, false, true",
    })
    void matchesLikeIamWildcards(String pattern, String text, boolean ignoreCase, boolean matches) {
        assertEquals(matches, Wildcard.matches(pattern, text, ignoreCase));
    }

    @ParameterizedTest
    @CsvSource({
        "aws:ResourceTag/${TagKey}, aws:ResourceTag/?*",
        "codebuild:secondarySources/${sourceIdentifier}.auth.type, codebuild:secondarySources/?*.auth.type",
        "ecr:AccountSetting, ecr:AccountSetting",
        "odd:${unclosed, odd:${unclosed",
    })
    void templatePlaceholdersStandForOneOrMoreCharacters(String template, String pattern) {
        assertEquals(pattern, Wildcard.fromTemplate(template));
    }
}
