package dev.iamlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestContextTest {

    @Test
    void keysAreCaseInsensitiveAndKeepTheirSpelling() {
        RequestContext context = RequestContext.builder(ContextMode.AWS)
                .put("aws:SourceVpce", "vpce-1")
                .put("aws:TagKeys", "team", "owner")
                .build();
        assertEquals(new RequestContext.Lookup.Present(List.of("vpce-1")), context.lookup("AWS:SOURCEVPCE"));
        assertEquals(new RequestContext.Lookup.Present(List.of("team", "owner")), context.lookup("aws:tagkeys"));
        assertEquals(List.of("aws:SourceVpce", "aws:TagKeys"), context.keys());
    }

    @Test
    void aKeyNotSuppliedIsAbsentForAwsAndUnknownForTheLinter() {
        assertInstanceOf(RequestContext.Lookup.Absent.class, RequestContext.empty(ContextMode.AWS).lookup("aws:SourceIp"));
        assertInstanceOf(RequestContext.Lookup.Unknown.class, RequestContext.empty(ContextMode.OPEN).lookup("aws:SourceIp"));
        RequestContext open = RequestContext.empty(ContextMode.AWS).withMode(ContextMode.OPEN);
        assertEquals(ContextMode.OPEN, open.mode());
    }

    @Test
    void suppliedAgainInAnotherCaseTheLastValueWins() {
        RequestContext context = RequestContext.builder(ContextMode.AWS)
                .put("aws:username", "alice")
                .put("AWS:UserName", "bob")
                .build();
        assertEquals(List.of("AWS:UserName"), context.keys());
        assertEquals(new RequestContext.Lookup.Present(List.of("bob")), context.lookup("aws:username"));
        RequestContext extended = context.with("aws:SourceIp", List.of("10.0.0.1"));
        assertEquals(List.of("AWS:UserName", "aws:SourceIp"), extended.keys());
        assertTrue(extended.contains("AWS:SOURCEIP"));
    }

    @Test
    void equalityIgnoresTheCaseOfKeys() {
        RequestContext lower = RequestContext.builder(ContextMode.AWS).put("aws:username", "alice").build();
        RequestContext upper = RequestContext.builder(ContextMode.AWS).put("AWS:USERNAME", "alice").build();
        assertEquals(lower, upper);
        assertEquals(lower.hashCode(), upper.hashCode());
    }
}
