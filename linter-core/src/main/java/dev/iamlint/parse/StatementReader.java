package dev.iamlint.parse;

import static dev.iamlint.parse.ParseContext.quote;

import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.model.Action;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Condition;
import dev.iamlint.model.Effect;
import dev.iamlint.model.NotAction;
import dev.iamlint.model.NotPrincipal;
import dev.iamlint.model.NotResource;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Principal;
import dev.iamlint.model.PrincipalElement;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Resource;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Reads one statement. Every element is read and checked even when another is wrong, so one parse
 * reports everything; of two exclusive elements (Action and NotAction) the first written is kept.
 */
final class StatementReader {

    private static final List<String> ELEMENTS = List.of(
            "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");

    private final ParseContext context;
    private final JsonObject object;
    private final String pointer;

    private Optional<Located<String>> sid = Optional.empty();
    private Optional<Located<String>> effect = Optional.empty();
    private Optional<PrincipalElement> principal = Optional.empty();
    private Optional<ActionElement> action = Optional.empty();
    private Optional<ResourceElement> resource = Optional.empty();
    private List<Condition> conditions = List.of();
    // The key read for each element (the first of an exclusive pair), kept even when its value was
    // unreadable, so that a wrongly typed element is not also reported as missing.
    private Member effectKey;
    private Member principalKey;
    private Member actionKey;
    private Member resourceKey;

    private StatementReader(ParseContext context, JsonObject object, String pointer) {
        this.context = context;
        this.object = object;
        this.pointer = pointer;
    }

    static Statement read(ParseContext context, JsonObject object, int index, String pointer) {
        return new StatementReader(context, object, pointer).read(index);
    }

    private Statement read(int index) {
        for (Member member : context.distinctMembers(object)) {
            String memberPointer = Pointers.child(pointer, member.key());
            switch (member.key()) {
                case "Sid" -> sid = context.string(member, memberPointer);
                case "Effect" -> readEffect(member, memberPointer);
                case "Principal", "NotPrincipal" -> readPrincipal(member, memberPointer);
                case "Action", "NotAction" -> readAction(member, memberPointer);
                case "Resource", "NotResource" -> readResource(member, memberPointer);
                case "Condition" -> conditions = ConditionReader.read(context, member, memberPointer);
                default -> context.unknownElement("statement element", member, memberPointer, ELEMENTS);
            }
        }
        reportMissing();
        return new Statement(index, sid, effect, principal, action, resource, conditions, object.range(), pointer);
    }

    private void readEffect(Member member, String memberPointer) {
        effectKey = member;
        effect = context.string(member, memberPointer);
        effect.filter(e -> Effect.parse(e.value()).isEmpty()).ifPresent(e -> context.error(ProblemCode.INVALID_EFFECT,
                "\"Effect\" must be \"Allow\" or \"Deny\" (case-sensitive), not " + quote(e.value()), e.range(), e.pointer()));
    }

    private void readPrincipal(Member member, String memberPointer) {
        if (!allowsPrincipal(context.kind())) {
            context.error(ProblemCode.PRINCIPAL_NOT_ALLOWED, quote(member.key()) + " is not allowed in " + describe(context.kind()),
                    member.keyRange(), memberPointer);
        }
        Optional<PrincipalValue> value = PrincipalReader.read(context, member, memberPointer);
        if (isSecondOfPair(principalKey, member, memberPointer)) {
            return;
        }
        principalKey = member;
        principal = value.map(v -> member.key().equals("Principal")
                ? new Principal(v, member.range()) : new NotPrincipal(v, member.range()));
    }

    private void readAction(Member member, String memberPointer) {
        Optional<List<Located<String>>> values = context.strings(member, memberPointer, false);
        if (isSecondOfPair(actionKey, member, memberPointer)) {
            return;
        }
        actionKey = member;
        action = values.map(v -> member.key().equals("Action")
                ? new Action(v, member.range()) : new NotAction(v, member.range()));
    }

    private void readResource(Member member, String memberPointer) {
        Optional<List<Located<String>>> values = context.strings(member, memberPointer, false);
        if (isSecondOfPair(resourceKey, member, memberPointer)) {
            return;
        }
        resourceKey = member;
        resource = values.map(v -> member.key().equals("Resource")
                ? new Resource(v, member.range()) : new NotResource(v, member.range()));
    }

    /** Reports the second of an exclusive pair (Action with NotAction and so on). */
    private boolean isSecondOfPair(Member first, Member member, String memberPointer) {
        if (first == null) {
            return false;
        }
        context.error(ProblemCode.CONFLICTING_ELEMENTS, quote(member.key()) + " cannot be used together with " + quote(first.key()),
                member.keyRange(), memberPointer);
        return true;
    }

    private void reportMissing() {
        SourceRange brace = ParseContext.openingBrace(object);
        if (effectKey == null) {
            context.error(ProblemCode.MISSING_ELEMENT, "statement has no \"Effect\"", brace, pointer);
        }
        if (actionKey == null) {
            context.error(ProblemCode.MISSING_ELEMENT, "statement has neither \"Action\" nor \"NotAction\"", brace, pointer);
        }
        if (resourceKey == null && requiresResource(context.kind())) {
            context.error(ProblemCode.MISSING_ELEMENT, "statement has neither \"Resource\" nor \"NotResource\"", brace, pointer);
        }
        if (principalKey == null && allowsPrincipal(context.kind())) {
            context.error(ProblemCode.PRINCIPAL_REQUIRED, "statement in " + describe(context.kind())
                    + " needs \"Principal\" or \"NotPrincipal\"", brace, pointer);
        }
    }

    /** Policies attached to an identity or applied to accounts name no principal; the rest must. */
    private static boolean allowsPrincipal(PolicyKind kind) {
        return switch (kind) {
            case IDENTITY, SERVICE_CONTROL -> false;
            case RESOURCE, RESOURCE_CONTROL, VPC_ENDPOINT -> true;
        };
    }

    /**
     * Whether a statement must name its resources. A resource-based policy applies to the resource
     * it is attached to: IAM rejects Resource in a role trust policy ("Has prohibited field
     * Resource") and ECR repository policies leave it out. Services that do want it (S3 bucket
     * policies) are left to service-specific rules, as this parser does not know the service.
     */
    private static boolean requiresResource(PolicyKind kind) {
        return kind != PolicyKind.RESOURCE;
    }

    private static String describe(PolicyKind kind) {
        return switch (kind) {
            case IDENTITY -> "an identity policy";
            case RESOURCE -> "a resource-based policy";
            case SERVICE_CONTROL -> "a service control policy";
            case RESOURCE_CONTROL -> "a resource control policy";
            case VPC_ENDPOINT -> "a VPC endpoint policy";
        };
    }
}
