package dev.iamlint.eval.match;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import dev.iamlint.eval.UnknownValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ARN pattern matched per ARN segment: a Resource/NotResource value ({@link #compile}) or the
 * value of an {@code Arn*} condition operator ({@link #compileForCondition}).
 *
 * <p>An ARN is {@code arn:partition:service:region:account:resource}; the resource part is
 * everything after the fifth colon and may hold colons and slashes. Each of the six segments is
 * matched separately with {@code *} and {@code ?}; a star never crosses a colon except in the
 * resource part, and except for this: when the pattern has fewer than six segments and its last
 * one ends with a star, that star reaches past the colons and takes the rest of the ARN
 * ({@code arn:aws:ecr:*} matches every ECR ARN; IAMUG {@code reference_policies_elements_resource.md}:
 * "If the * wildcard is the last character of a resource ARN segment, it can expand to match
 * beyond the colon boundaries"). A shorter pattern without that star matches no ARN. A request
 * value is an ARN when it starts with {@code arn:} and has at least five colons.
 *
 * <p><b>Resource values</b> follow IAMSIM: {@code arn}, partition, service, region and account are
 * compared case-insensitively, the resource part case-sensitively. Policy variables are
 * substituted only after the fifth colon (IAMUG: "only in the resource portion of the ARN");
 * before it {@code ${…}} is literal text. {@code "*"} alone matches everything. The request
 * resource {@code "*"} (actions without resource-level permissions) is matched only by a pattern
 * whose whole text matches the literal {@code *}, so never by an ARN; a request resource that is
 * not an ARN is matched by the whole pattern as a plain case-sensitive glob, variables left as
 * text. A reaching star keeps its segment's rule, so {@code arn:aws:ecr:us-*} ignores case in
 * what it takes of the resource part too.
 *
 * <p><b>Condition values</b> ({@code ArnEquals} = {@code ArnLike}) are case-sensitive in every
 * segment, as IAMUG documents the operators; variables may appear in any segment (a variable is
 * never split at its colons), and a key value that is not an ARN matches nothing.
 *
 * <p>A resource value holding an {@linkplain UnknownValues unknown part}, which may stand for
 * colons too, is not split: it matches UNKNOWN where its {@linkplain UnknownValues#open open form} matches,
 * ignoring case, and FALSE elsewhere. Every match of any text in place of the unknown part is a
 * match of that form, so FALSE is certain. (A condition with one is unknown as a whole.)
 */
public final class ArnPattern {

    private static final int SEGMENTS = 6;

    private final String text;
    /** Resource values only: the pattern is {@code *}. */
    private final boolean everything;
    /** Resource values only: the whole text as a glob, for request resources that are no ARN. */
    private final Glob whole;
    private final TextPattern[] segments;
    private final boolean lastReachesFurther;
    private final Set<String> variableKeys;
    /** Only for a pattern with an unknown part: what it could match; segments are then unused. */
    private final Glob unknownOpen;

    private ArnPattern(String text, boolean everything, Glob whole, List<TextPattern> segments) {
        this.text = text;
        this.everything = everything;
        this.whole = whole;
        this.segments = segments.toArray(TextPattern[]::new);
        this.lastReachesFurther = this.segments.length < SEGMENTS && this.segments[this.segments.length - 1].endsWithAnyRun();
        this.unknownOpen = null;
        Set<String> keys = new LinkedHashSet<>();
        for (TextPattern segment : this.segments) {
            keys.addAll(segment.variableKeys());
        }
        this.variableKeys = Collections.unmodifiableSet(keys);
    }

    private ArnPattern(String text) {
        this.text = text;
        this.everything = false;
        this.whole = null;
        this.segments = new TextPattern[0];
        this.lastReachesFurther = false;
        this.variableKeys = Set.of();
        this.unknownOpen = Glob.compile(UnknownValues.open(text), true);
    }

    /**
     * Compiles a Resource or NotResource value; {@code policyVariables} is true for Version
     * 2012-10-17.
     */
    public static ArnPattern compile(String pattern, boolean policyVariables) {
        if (UnknownValues.contains(pattern)) {
            return new ArnPattern(pattern);
        }
        List<TextPattern> segments = new ArrayList<>();
        int from = 0;
        while (segments.size() < SEGMENTS - 1) {
            int colon = pattern.indexOf(':', from);
            if (colon < 0) {
                break;
            }
            segments.add(TextPattern.of(Template.parse(pattern.substring(from, colon), false, true), true));
            from = colon + 1;
        }
        String last = pattern.substring(from);
        boolean resourcePart = segments.size() == SEGMENTS - 1;
        segments.add(TextPattern.of(Template.parse(last, resourcePart && policyVariables, true), !resourcePart));
        return new ArnPattern(pattern, pattern.equals("*"), Glob.compile(pattern, false), segments);
    }

    /** Compiles the value of an {@code ArnEquals}/{@code ArnLike} condition (and their negations). */
    public static ArnPattern compileForCondition(String pattern, boolean policyVariables) {
        List<TextPattern> segments = new ArrayList<>();
        for (Template segment : Template.parse(pattern, policyVariables, true).split(':', SEGMENTS)) {
            segments.add(TextPattern.of(segment, false));
        }
        return new ArnPattern(pattern, false, null, segments);
    }

    /**
     * Whether {@code resource} (an ARN, {@code "*"}, or for a condition the key's value) matches;
     * UNKNOWN only when a policy variable's key is unknown in open mode, or the pattern has an
     * unknown part.
     */
    public Tri matches(String resource, RequestContext context) {
        if (unknownOpen != null) {
            return unknownOpen.matches(resource) ? Tri.UNKNOWN : Tri.FALSE;
        }
        if (everything) {
            return Tri.TRUE;
        }
        if (!isArn(resource)) {
            return whole == null ? Tri.FALSE : Tri.of(whole.matches(resource));
        }
        if (segments.length < SEGMENTS && !lastReachesFurther) {
            return Tri.FALSE;
        }
        Tri result = Tri.TRUE;
        int from = 0;
        for (int i = 0; i < segments.length; i++) {
            int to = i == segments.length - 1 ? resource.length() : resource.indexOf(':', from);
            result = result.and(segments[i].matches(resource, from, to, context));
            if (result == Tri.FALSE) {
                return Tri.FALSE;
            }
            from = to + 1;
        }
        return result;
    }

    /** The condition keys of the policy variables in the pattern, as written. */
    public Set<String> variableKeys() {
        return variableKeys;
    }

    private static boolean isArn(String value) {
        if (!value.startsWith("arn:")) {
            return false;
        }
        int colon = 3;
        for (int i = 1; i < SEGMENTS - 1 && colon >= 0; i++) {
            colon = value.indexOf(':', colon + 1);
        }
        return colon >= 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
