package dev.iamlint.rules.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void enumeratesUpToTheLimitAndCountsTheRest() {
        assertEquals("a", Phrases.enumerate(List.of("a"), 3, "action"));
        assertEquals("a and b", Phrases.enumerate(List.of("a", "b"), 3, "action"));
        assertEquals("a, b and c", Phrases.enumerate(List.of("a", "b", "c"), 3, "action"));
        assertEquals("a, b, c and 1 more action", Phrases.enumerate(List.of("a", "b", "c", "d"), 3, "action"));
        assertEquals("a, b, c and 2 more actions", Phrases.enumerate(List.of("a", "b", "c", "d", "e"), 3, "action"));
    }

    @Test
    void namesOnlyTheItemsItLists() {
        List<Integer> named = new ArrayList<>();
        String listed = Phrases.enumerate(List.of(1, 2, 3, 4, 5), n -> {
            named.add(n);
            return "#" + n;
        }, 2, "number");
        assertEquals("#1, #2 and 3 more numbers", listed);
        assertEquals(List.of(1, 2), named);
    }

    @Test
    void nothingToEnumerateIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Phrases.enumerate(List.of(), 3, "action"));
    }
}
