package dev.iamlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "BatchGetImage, BatchGetImage, 0",
        "batchgetimage, BatchGetImage, 0",
        "BatchGetImages, BatchGetImage, 1",
        "BatchGetImag, BatchGetImage, 1",
        "BatchGetImoge, BatchGetImage, 1",
        "GetAuthroizationToken, GetAuthorizationToken, 1",
        "'', abc, 3",
        "abc, '', 3",
        "kitten, sitting, 3",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int distance) {
        assertEquals(distance, EditDistance.between(a, b));
        assertEquals(distance, EditDistance.between(b, a));
    }
}
