package dev.iamlint.rules;

import dev.iamlint.source.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on its class. The id is explicit and stable (never derived from the class
 * name or the severity); the severity is the default, which configuration may change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** {@code ECR0xx} for the ECR pull family, {@code IAM} + three digits in bands for the rest. */
    String id();

    /** A CamelCase alias for configuration and suppression. */
    String name();

    /** One line, no trailing period, in the style of compiler messages. */
    String summary();

    Severity severity();

    Category category();

    /** The AWS documentation page that explains the matter, https. */
    String link();
}
