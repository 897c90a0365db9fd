package dev.iamlint.iac;

import dev.iamlint.parse.ParseResult;
import java.util.List;
import java.util.Objects;

/**
 * A policy document written in the template, parsed with template positions and pointers.
 *
 * <p>Intrinsics inside it are listed in {@code intrinsics}, outermost calls only. Those with a textual equivalent are
 * parsed as that text, the way {@code Fn::Sub} writes them: {@code !Sub "arn:…:${AWS::Region}:…"}
 * as its template string, {@code !Ref Repo} as {@code ${Repo}}, {@code !GetAtt Repo.Arn} as
 * {@code ${Repo.Arn}}, each with the range of the whole call. Any other function is left in place,
 * so the parser reports it as a value of the wrong type where it is written.
 */
public record ParsedPolicy(ParseResult result, List<Unresolved> intrinsics) implements PolicyBody {

    public ParsedPolicy {
        Objects.requireNonNull(result, "result");
        intrinsics = List.copyOf(intrinsics);
    }
}
