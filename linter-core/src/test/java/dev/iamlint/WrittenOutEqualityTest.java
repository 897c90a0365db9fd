package dev.iamlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.ecr.Partition;
import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.json.JsonLimits;
import dev.iamlint.model.Effect;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Records whose equals and hashCode are written out (for start-up time) keep a record's value
 * equality: equal components make equal values with equal hashes, and a change in any one
 * component makes a different value. Each check lists one change per component, so a component
 * added to a record fails here until its equals and hashCode take it in.
 */
class WrittenOutEqualityTest {

    private static final EcrRepository REPOSITORY = new EcrRepository(Partition.AWS, "us-east-1", "111122223333", "docker-hub/library/nginx");

    @Test
    void sourceRange() {
        assertValueEquality(() -> new SourceRange(1, 2, 3, 4), List.of(
                new SourceRange(9, 2, 3, 4), new SourceRange(1, 9, 3, 4), new SourceRange(1, 2, 9, 4), new SourceRange(1, 2, 3, 9)));
    }

    @Test
    void jsonLimits() {
        assertValueEquality(() -> new JsonLimits(100, 10, 1000), List.of(
                new JsonLimits(101, 10, 1000), new JsonLimits(100, 11, 1000), new JsonLimits(100, 10, 1001)));
    }

    @Test
    void ecrRepository() {
        assertValueEquality(() -> new EcrRepository(Partition.AWS, "us-east-1", "111122223333", "team/app"), List.of(
                new EcrRepository(Partition.AWS_CN, "cn-north-1", "111122223333", "team/app"),
                new EcrRepository(Partition.AWS, "us-west-2", "111122223333", "team/app"),
                new EcrRepository(Partition.AWS, "us-east-1", "444455556666", "team/app"),
                new EcrRepository(Partition.AWS, "us-east-1", "111122223333", "team/other")));
    }

    @Test
    void requirementTarget() {
        assertValueEquality(() -> new RequirementTarget("nginx", Optional.of(REPOSITORY), Optional.of("docker-hub"), false), List.of(
                new RequirementTarget("other", Optional.of(REPOSITORY), Optional.of("docker-hub"), false),
                new RequirementTarget("nginx", Optional.empty(), Optional.empty(), false),
                new RequirementTarget("nginx", Optional.of(REPOSITORY), Optional.empty(), false),
                new RequirementTarget("nginx", Optional.of(REPOSITORY), Optional.of("docker-hub"), true)));
    }

    @Test
    void matchedStatement() {
        SourceRange range = new SourceRange(1, 2, 3, 4);
        assertValueEquality(() -> new MatchedStatement("policy", PolicyType.IDENTITY, 0, 1, Optional.of("Sid"), Effect.ALLOW, range, false), List.of(
                new MatchedStatement("other", PolicyType.IDENTITY, 0, 1, Optional.of("Sid"), Effect.ALLOW, range, false),
                new MatchedStatement("policy", PolicyType.SESSION, 0, 1, Optional.of("Sid"), Effect.ALLOW, range, false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 1, 1, Optional.of("Sid"), Effect.ALLOW, range, false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 0, 2, Optional.of("Sid"), Effect.ALLOW, range, false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 0, 1, Optional.empty(), Effect.ALLOW, range, false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 0, 1, Optional.of("Sid"), Effect.DENY, range, false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 0, 1, Optional.of("Sid"), Effect.ALLOW, new SourceRange(1, 2, 3, 5), false),
                new MatchedStatement("policy", PolicyType.IDENTITY, 0, 1, Optional.of("Sid"), Effect.ALLOW, range, true)));
    }

    private static <T extends Record> void assertValueEquality(Supplier<T> make, List<T> changedInOneComponent) {
        T value = make.get();
        T same = make.get();
        assertNotSame(value, same);
        assertEquals(value, same);
        assertEquals(value.hashCode(), same.hashCode());
        assertEquals(value.getClass().getRecordComponents().length, changedInOneComponent.size(), "one change per component");
        for (T other : changedInOneComponent) {
            assertNotEquals(value, other);
            assertNotEquals(other, value);
        }
        assertNotEquals(value, null);
        assertNotEquals(value, "text");
    }
}
