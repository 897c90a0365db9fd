package dev.iamlint.eval.condition;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import dev.iamlint.eval.match.ArnPattern;
import dev.iamlint.eval.match.TextPattern;
import dev.iamlint.model.ConditionOperator.Base;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The values of one condition, pre-parsed for their operator family, and the question every
 * operator asks of them: does this request value match any of them (in the operator's positive
 * sense; {@link CompiledCondition} negates for the negated operators)?
 *
 * <p>A policy value that does not parse for its family (NumericEquals {@code "abc"}) is kept as
 * a value that never matches; the linter reports it. Policy variables exist only in the String
 * and ARN families, as IAMUG and Access Analyzer ("Policy variables can only be used with String
 * and ARN operators") say; elsewhere {@code ${…}} is literal text.
 */
sealed interface PolicyValues {

    Tri matchesAny(String requestValue, RequestContext context);

    /** The keys of the policy variables in the values. */
    default Set<String> variableKeys() {
        return Set.of();
    }

    static PolicyValues compile(Base base, List<String> texts, boolean policyVariables) {
        return switch (base.family()) {
            case STRING -> Patterns.text(texts, textMode(base), policyVariables);
            case NUMERIC -> new Ordered<>(parseAll(texts, Numbers::parse), Comparison.of(base), Numbers::parse);
            case DATE -> new Ordered<>(parseAll(texts, Dates::parse), Comparison.of(base), Dates::parse);
            case BOOL -> new Bool(parseAll(texts, PolicyValues::parseBoolean));
            case BINARY -> new Binary(parseAll(texts, PolicyValues::decodeBase64));
            case IP_ADDRESS -> new Ip(parseAll(texts, Cidr::parse));
            case ARN -> Patterns.arn(texts, policyVariables);
            case NULL -> throw new IllegalArgumentException("Null compares presence, not values");
        };
    }

    private static TextPattern.Mode textMode(Base base) {
        return switch (base) {
            case STRING_EQUALS, STRING_NOT_EQUALS -> TextPattern.Mode.EQUALS;
            case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE -> TextPattern.Mode.EQUALS_IGNORE_CASE;
            default -> TextPattern.Mode.LIKE;
        };
    }

    /** Parsed values; null where a value does not parse, so it never matches. */
    private static <T> List<T> parseAll(List<String> texts, Function<String, T> parser) {
        return texts.stream().map(parser).toList();
    }

    static Boolean parseBoolean(String text) {
        return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /**
     * Binary values in policies are base64; a request context holds a binary key's value as
     * base64 text too (strings are all a context can carry, as in IAM's simulator API), and the
     * decoded bytes are compared.
     */
    static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * String and ARN values: patterns that may hold policy variables, so a match can be UNKNOWN
     * in open mode.
     */
    final class Patterns implements PolicyValues {
        private final List<BiFunction<String, RequestContext, Tri>> patterns;
        private final Set<String> variableKeys;

        private Patterns(List<BiFunction<String, RequestContext, Tri>> patterns, Stream<Set<String>> variableKeys) {
            this.patterns = patterns;
            Set<String> keys = new LinkedHashSet<>();
            variableKeys.forEach(keys::addAll);
            this.variableKeys = Collections.unmodifiableSet(keys);
        }

        /** StringEquals, StringEqualsIgnoreCase, StringLike and their negations. */
        static Patterns text(List<String> texts, TextPattern.Mode mode, boolean policyVariables) {
            List<TextPattern> compiled = texts.stream().map(t -> TextPattern.compile(t, mode, policyVariables)).toList();
            return new Patterns(compiled.stream().<BiFunction<String, RequestContext, Tri>>map(p -> p::matches).toList(),
                    compiled.stream().map(TextPattern::variableKeys));
        }

        /** ArnEquals = ArnLike, ArnNotEquals = ArnNotLike. */
        static Patterns arn(List<String> texts, boolean policyVariables) {
            List<ArnPattern> compiled = texts.stream().map(t -> ArnPattern.compileForCondition(t, policyVariables)).toList();
            return new Patterns(compiled.stream().<BiFunction<String, RequestContext, Tri>>map(p -> p::matches).toList(),
                    compiled.stream().map(ArnPattern::variableKeys));
        }

        @Override
        public Tri matchesAny(String requestValue, RequestContext context) {
            Tri result = Tri.FALSE;
            for (int i = 0; i < patterns.size() && result != Tri.TRUE; i++) {
                result = result.or(patterns.get(i).apply(requestValue, context));
            }
            return result;
        }

        @Override
        public Set<String> variableKeys() {
            return variableKeys;
        }
    }

    /** Numeric and Date operators: the request value compared with each policy value. */
    final class Ordered<T extends Comparable<T>> implements PolicyValues {
        private final List<T> values;
        private final Comparison comparison;
        private final Function<String, T> requestParser;

        Ordered(List<T> values, Comparison comparison, Function<String, T> requestParser) {
            this.values = values;
            this.comparison = comparison;
            this.requestParser = requestParser;
        }

        @Override
        public Tri matchesAny(String requestValue, RequestContext context) {
            T request = requestParser.apply(requestValue);
            if (request == null) {
                return Tri.FALSE;
            }
            for (int i = 0; i < values.size(); i++) {
                T value = values.get(i);
                if (value != null && comparison.holds(request.compareTo(value))) {
                    return Tri.TRUE;
                }
            }
            return Tri.FALSE;
        }
    }

    /** Bool: {@code true}/{@code false}, case-insensitively, on both sides. */
    final class Bool implements PolicyValues {
        private final List<Boolean> values;

        Bool(List<Boolean> values) {
            this.values = values;
        }

        @Override
        public Tri matchesAny(String requestValue, RequestContext context) {
            Boolean request = parseBoolean(requestValue);
            return Tri.of(request != null && values.contains(request));
        }
    }

    /** BinaryEquals: byte-for-byte comparison of the decoded values. */
    final class Binary implements PolicyValues {
        private final List<byte[]> values;

        Binary(List<byte[]> values) {
            this.values = values;
        }

        @Override
        public Tri matchesAny(String requestValue, RequestContext context) {
            byte[] request = decodeBase64(requestValue);
            if (request == null) {
                return Tri.FALSE;
            }
            for (int i = 0; i < values.size(); i++) {
                if (Arrays.equals(values.get(i), request)) {
                    return Tri.TRUE;
                }
            }
            return Tri.FALSE;
        }
    }

    /** IpAddress and NotIpAddress: the request address within any of the ranges. */
    final class Ip implements PolicyValues {
        private final List<Cidr> ranges;

        Ip(List<Cidr> ranges) {
            this.ranges = ranges;
        }

        @Override
        public Tri matchesAny(String requestValue, RequestContext context) {
            byte[] address = Cidr.parseAddress(requestValue);
            if (address == null) {
                return Tri.FALSE;
            }
            for (int i = 0; i < ranges.size(); i++) {
                Cidr range = ranges.get(i);
                if (range != null && range.contains(address)) {
                    return Tri.TRUE;
                }
            }
            return Tri.FALSE;
        }
    }
}
