package dev.iamlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionOperatorTest {

    @ParameterizedTest
    @CsvSource({
        "StringEquals, STRING_EQUALS, NONE, false",
        "stringequals, STRING_EQUALS, NONE, false",
        "ForAnyValue:StringLikeIfExists, STRING_LIKE, FOR_ANY_VALUE, true",
        "ForAllValues:ArnNotLike, ARN_NOT_LIKE, FOR_ALL_VALUES, false",
        "NotIpAddressIfExists, NOT_IP_ADDRESS, NONE, true",
        "Null, NULL, NONE, false",
    })
    void readsQualifierBaseAndIfExists(String name, ConditionOperator.Base base, ConditionOperator.SetQualifier qualifier, boolean ifExists) {
        assertEquals(Optional.of(new ConditionOperator(base, qualifier, ifExists)), ConditionOperator.parse(name));
    }

    @ParameterizedTest
    @EnumSource(ConditionOperator.Base.class)
    void everyBaseOperatorRoundTrips(ConditionOperator.Base base) {
        assertEquals(base.text(), ConditionOperator.parse(base.text()).orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "IfExists", "NullIfExists", "StringEqual", "ForAllValues:", "ForSomeValues:StringEquals", "StringEquals "})
    void rejectsWhatIsNoOperator(String name) {
        assertEquals(Optional.empty(), ConditionOperator.parse(name));
    }
}
