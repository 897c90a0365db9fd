package dev.iamlint.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iamlint.cli.InputException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The AWS CLI's shorthand syntax, case by case as its parser reads it. */
class ShorthandTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("a=b", Map.of("a", "b")),
                Arguments.of("a=b,c", Map.of("a", List.of("b", "c"))),
                // A list ends where the next key= begins.
                Arguments.of("a=b,c,d=e", Map.of("a", List.of("b", "c"), "d", "e")),
                Arguments.of("a=b,c=d", Map.of("a", "b", "c", "d")),
                Arguments.of("a = b , c = d", Map.of("a", "b", "c", "d")),
                Arguments.of("a=", Map.of("a", "")),
                Arguments.of("a=b=c", Map.of("a", "b=c")),
                Arguments.of("a=b\\,c", Map.of("a", "b,c")),
                Arguments.of("a='b,c'", Map.of("a", "b,c")),
                Arguments.of("a='it\\'s'", Map.of("a", "it's")),
                Arguments.of("a=\"x y\",\"z\"", Map.of("a", List.of("x y", "z"))),
                Arguments.of("a=[b,c],d={e=f,g=[h]}", Map.of("a", List.of("b", "c"), "d", Map.of("e", "f", "g", List.of("h")))),
                Arguments.of("a=[]", Map.of("a", List.of())),
                Arguments.of("ContextKeyName='aws:CurrentTime',ContextKeyValues='2019-04-25T11:00:00Z',ContextKeyType=date",
                        Map.of("ContextKeyName", "aws:CurrentTime", "ContextKeyValues", "2019-04-25T11:00:00Z",
                                "ContextKeyType", "date")),
                Arguments.of("ContextKeyName=aws:SourceIp,ContextKeyValues=10.0.0.1,10.0.0.2,ContextKeyType=ipList",
                        Map.of("ContextKeyName", "aws:SourceIp", "ContextKeyValues", List.of("10.0.0.1", "10.0.0.2"),
                                "ContextKeyType", "ipList")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void parses(String input, Map<String, Object> expected) {
        assertEquals(expected, Shorthand.parse("--opt", input));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("a", "error: --opt: expected '=' at column 2, found end of input in shorthand value: a"),
                Arguments.of("a=b c=d", "error: --opt: expected ',' at column 5, found 'c' in shorthand value: a=b c=d"),
                Arguments.of("a='b", "error: --opt: unclosed quote at column 3 in shorthand value: a='b"),
                Arguments.of("a=[b", "error: --opt: expected ',' at column 5, found end of input in shorthand value: a=[b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void reportsWhereTheSyntaxBreaks(String input, String message) {
        InputException e = assertThrows(InputException.class, () -> Shorthand.parse("--opt", input));

        assertEquals(List.of(message), e.lines());
    }
}
