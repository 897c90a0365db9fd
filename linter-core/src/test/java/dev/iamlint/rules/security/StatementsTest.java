package dev.iamlint.rules.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StatementsTest {

    /** The shapes as regular expressions, which the hand-written tests must match exactly. */
    private static final Pattern EVERY_RESOURCE_OF_A_TYPE = Pattern.compile("([A-Za-z0-9-]+[/:])?\\*+");
    private static final Pattern EVERY_ROLE = Pattern.compile("(role/)?\\*+");

    @Test
    void everyResourceOfATypeIsATypePrefixOrNothingThenStars() {
        assertTrue(Statements.everyResourceOfAType("*"));
        assertTrue(Statements.everyResourceOfAType("user/*"));
        assertTrue(Statements.everyResourceOfAType("table:**"));
        assertFalse(Statements.everyResourceOfAType("user/team/*"));
        assertFalse(Statements.everyResourceOfAType("/*"));
        assertFalse(Statements.everyResourceOfAType("user*"));
        assertFalse(Statements.everyResourceOfAType("user/"));
        assertFalse(Statements.everyResourceOfAType(""));
    }

    @Test
    void everyRoleFieldIsRoleSlashOrNothingThenStars() {
        assertTrue(Statements.everyRoleField("*"));
        assertTrue(Statements.everyRoleField("role/**"));
        assertFalse(Statements.everyRoleField("role/"));
        assertFalse(Statements.everyRoleField("Role/*"));
        assertFalse(Statements.everyRoleField("role/app-*"));
    }

    @Property(tries = 2000)
    void shapesMatchAsTheRegularExpressionsDo(
            @ForAll @StringLength(max = 12) @Chars({'*', '/', ':', '-', 'r', 'o', 'l', 'e', 'R', '0', 'x', '?', ' '}) String field) {
        assertEquals(EVERY_RESOURCE_OF_A_TYPE.matcher(field).matches(), Statements.everyResourceOfAType(field), field);
        assertEquals(EVERY_ROLE.matcher(field).matches(), Statements.everyRoleField(field), field);
    }
}
