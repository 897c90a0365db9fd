package dev.iamlint.iac;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.parse.ParseResult;
import java.util.List;
import java.util.Objects;

/**
 * A policy document written in the input, parsed with the input's positions and pointers.
 *
 * <p>In a CloudFormation template, intrinsic functions are parsed as their values, as far as the
 * template and the given {@link TemplateParameters} determine them (see {@link TemplateValues}):
 * {@code !Sub "arn:${AWS::Partition}:ecr:${AWS::Region}:…"} as
 * {@code arn:aws:ecr:${unknown:AWS::Region}:…}, where each part the template leaves open is an
 * {@linkplain UnknownValues unknown-value marker} {@code ${unknown:NAME}} naming it. The
 * evaluator treats a statement whose Action, Resource, NotResource, Principal or Condition holds
 * a marker as applying only perhaps: its results are conditional and name the markers
 * ({@code EvaluationResult.unknownValues()}), never an Allow or a certain Deny. {@code AWS::NoValue}
 * removes the member or element; an unknown list or object (an undecidable {@code Fn::If} over
 * statements, say) is a marker string, which the parser reports where an object is required.
 * A string the template writes outside {@code Fn::Sub} is literal text to IAM, so its
 * {@code ${AWS::Region}} stays as written.
 *
 * <p>A scalar value takes the range of the whole call; an object or array the template writes
 * (an {@code Fn::If} branch) keeps its own. Pointers are those of the resolved document, which
 * equal the template's except after a removed element and inside a call's value.
 *
 * @param result the parse of the document
 * @param intrinsics the outermost calls whose values have unknown parts, in document order, each
 *     with the value as far as known; empty for other inputs
 */
public record ParsedPolicy(ParseResult result, List<Unresolved> intrinsics) implements PolicyBody {

    public ParsedPolicy {
        Objects.requireNonNull(result, "result");
        intrinsics = List.copyOf(intrinsics);
    }
}
