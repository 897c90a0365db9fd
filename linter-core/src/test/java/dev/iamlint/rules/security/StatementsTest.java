package dev.iamlint.rules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementsTest {

    /** The shapes as regular expressions, which the hand-written tests must match exactly. */
    private static final Pattern EVERY_RESOURCE_OF_A_TYPE = Pattern.compile("([A-Za-z0-9-]+[/:])?\\*+");
    private static final Pattern EVERY_ROLE = Pattern.compile("(role/)?\\*+");

    @ParameterizedTest(name = "\"{0}\": every resource of a type {1}, every role {2}")
    @CsvSource({
        "'*', true, true",
        "'user/*', true, false",
        "'table:**', true, false",
        "'role/**', true, true",
        "'Role/*', true, false",
        "'role/app-*', false, false",
        "'user/team/*', false, false",
        "'/*', false, false",
        "'user*', false, false",
        "'user/', false, false",
        "'', false, false"
    })
    void shapes(String field, boolean everyResourceOfAType, boolean everyRole) {
        assertEquals(everyResourceOfAType, Statements.everyResourceOfAType(field));
        assertEquals(everyRole, Statements.everyRoleField(field));
    }

    @Property(tries = 2000)
    void shapesMatchAsTheRegularExpressionsDo(
            @ForAll @StringLength(max = 12) @Chars({'*', '/', ':', '-', 'r', 'o', 'l', 'e', 'R', '0', 'x', '?', ' '}) String field) {
        assertEquals(EVERY_RESOURCE_OF_A_TYPE.matcher(field).matches(), Statements.everyResourceOfAType(field), field);
        assertEquals(EVERY_ROLE.matcher(field).matches(), Statements.everyRoleField(field), field);
    }
}
