package dev.iamlint.iac;

import dev.iamlint.ecr.Partition;
import dev.iamlint.eval.Tri;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonNull;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.parse.Pointers;
import dev.iamlint.source.SourceRange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a template's intrinsic functions, as far as the template and the given
 * {@link TemplateParameters} determine them.
 *
 * <p>{@code Ref} of parameters (the given value, else the {@code Default}) and pseudo parameters,
 * {@code Ref} and {@code Fn::GetAtt} of IAM roles, users, groups, instance profiles, managed
 * policies and ECR repositories (their names and ARNs, from {@code RoleName}, {@code Path}, …),
 * {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::FindInMap},
 * {@code Fn::Base64} and {@code Fn::If} over {@code Conditions} are computed; {@code AWS::NoValue}
 * removes the member or element it stands for. What the template leaves open (a pseudo parameter
 * or parameter without value, a generated name, {@code Fn::ImportValue}, {@code Fn::GetAZs}, a
 * condition on such values, an attribute of another resource type) becomes an
 * {@linkplain UnknownValues unknown-value marker} named after it, kept within the text around it;
 * an unknown list or object is such a marker string too.
 *
 * <p>A scalar result takes the range of the whole call; an object or array the template writes
 * (an {@code Fn::If} branch, a mapping's list) keeps its own positions.
 */
final class TemplateValues {

    private static final Map<String, String> URL_SUFFIXES = Map.of(
            "aws", "amazonaws.com", "aws-cn", "amazonaws.com.cn", "aws-us-gov", "amazonaws.com", "aws-iso", "c2s.ic.gov",
            "aws-iso-b", "sc2s.sgov.gov", "aws-iso-e", "cloud.adc-e.uk", "aws-iso-f", "csp.hci.ic.gov", "aws-eusc", "amazonaws.eu");

    /** The property that names a resource of a type whose names and ARNs are computed, and the IAM ARN's resource type. */
    private record Named(String nameProperty, Optional<String> iamType) {}

    private static final Map<String, Named> NAMED_TYPES = Map.of(
            "AWS::IAM::Role", new Named("RoleName", Optional.of("role")),
            "AWS::IAM::User", new Named("UserName", Optional.of("user")),
            "AWS::IAM::Group", new Named("GroupName", Optional.of("group")),
            "AWS::IAM::InstanceProfile", new Named("InstanceProfileName", Optional.of("instance-profile")),
            "AWS::IAM::ManagedPolicy", new Named("ManagedPolicyName", Optional.of("policy")),
            "AWS::ECR::Repository", new Named("RepositoryName", Optional.empty()));

    /** A condition's value and, when it is UNKNOWN, the names of the unknowns it depends on. */
    private record Decided(Tri value, Set<String> unknowns) {}

    private final Optional<JsonObject> parameters;
    private final Optional<JsonObject> mappings;
    private final Optional<JsonObject> conditions;
    private final Map<String, JsonObject> resources = new HashMap<>();
    private final TemplateParameters given;
    private final Map<String, Decided> decided = new HashMap<>();
    /** Conditions and resource names being computed, so that a cycle ends as an unknown. */
    private final Set<String> computing = new HashSet<>();

    TemplateValues(JsonObject template, JsonObject resources, TemplateParameters given) {
        this.parameters = objectMember(template, "Parameters");
        this.mappings = objectMember(template, "Mappings");
        this.conditions = objectMember(template, "Conditions");
        for (JsonObject.Member resource : resources.members()) {
            if (resource.value() instanceof JsonObject body) {
                this.resources.putIfAbsent(resource.key(), body);
            }
        }
        this.given = given;
    }

    /** Whether {@code value} is an intrinsic function call: an object with one member, {@code Ref} or {@code Fn::…}. */
    static boolean isCall(JsonValue value) {
        return value instanceof JsonObject object && object.members().size() == 1
                && (object.members().get(0).key().equals("Ref") || object.members().get(0).key().startsWith("Fn::"));
    }

    static String functionOf(JsonValue call) {
        return ((JsonObject) call).members().get(0).key();
    }

    /** {@code value} with every call replaced by its value; empty when it is {@code AWS::NoValue}. */
    Optional<JsonValue> resolve(JsonValue value) {
        return Optional.ofNullable(resolved(value, null, null));
    }

    /**
     * As {@link #resolve(JsonValue)}, adding to {@code found} each outermost call whose value has
     * an unknown part ({@code pointer} is {@code value}'s own).
     */
    Optional<JsonValue> resolve(JsonValue value, String pointer, List<Unresolved> found) {
        return Optional.ofNullable(resolved(value, new Place(null, pointer, -1), found));
    }

    /**
     * {@code value} resolved, or null for {@code AWS::NoValue}; containers without calls are
     * returned as they are, not copied. Where each value is is written out only for the calls
     * {@code found} gets, as few values have one.
     */
    private JsonValue resolved(JsonValue value, Place place, List<Unresolved> found) {
        if (isCall(value)) {
            JsonObject.Member call = ((JsonObject) value).members().get(0);
            Optional<JsonValue> result = call(call.key(), call.value(), value.range());
            if (found != null && result.isPresent() && !unknownNames(result.get()).isEmpty()) {
                found.add(unresolved(value, result.get(), place.pointer()));
            }
            return result.orElse(null);
        }
        if (value instanceof JsonObject object) {
            List<JsonObject.Member> original = object.members();
            List<JsonObject.Member> members = null;
            for (int i = 0; i < original.size(); i++) {
                JsonObject.Member member = original.get(i);
                JsonValue resolved = resolved(member.value(), found == null ? null : new Place(place, member.key(), -1), found);
                if (resolved != member.value() && members == null) {
                    members = new ArrayList<>(original.subList(0, i));
                }
                if (members != null && resolved != null) {
                    members.add(resolved == member.value() ? member : new JsonObject.Member(member.key(), member.keyRange(), resolved));
                }
            }
            return members == null ? object : new JsonObject(members, object.range());
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> original = array.elements();
            List<JsonValue> elements = null;
            for (int i = 0; i < original.size(); i++) {
                JsonValue element = original.get(i);
                JsonValue resolved = resolved(element, found == null ? null : new Place(place, null, i), found);
                if (resolved != element && elements == null) {
                    elements = new ArrayList<>(original.subList(0, i));
                }
                if (elements != null && resolved != null) {
                    elements.add(resolved);
                }
            }
            return elements == null ? array : new JsonArray(elements, array.range());
        }
        return value;
    }

    /** Where a value is: its parent's place and its key or index; the pointer is made only when asked for. */
    private record Place(Place parent, String key, int index) {
        String pointer() {
            if (parent == null) {
                return key;
            }
            return key != null ? Pointers.child(parent.pointer(), key) : Pointers.child(parent.pointer(), index);
        }
    }

    /** The call at {@code pointer} with its value, which is {@code result}. */
    Unresolved unresolved(JsonValue call, JsonValue result, String pointer) {
        Optional<String> text = result instanceof JsonString string ? Optional.of(string.value()) : Optional.empty();
        return new Unresolved(functionOf(call), resourceNamed(call), call.range(), pointer, text);
    }

    /**
     * The logical id of the template resource a call takes its value from: {@code Ref X},
     * {@code Fn::GetAtt X.Attr}, or {@code Fn::Sub} of exactly {@code ${X}} or {@code ${X.Attr}}.
     */
    Optional<String> resourceNamed(JsonValue call) {
        if (!isCall(call)) {
            return Optional.empty();
        }
        JsonValue argument = ((JsonObject) call).members().get(0).value();
        String name = switch (functionOf(call)) {
            case "Ref" -> argument instanceof JsonString text ? text.value() : "";
            case "Fn::GetAtt" -> attributeTarget(argument).map(target -> target[0]).orElse("");
            case "Fn::Sub" -> argument instanceof JsonString text && text.value().startsWith("${") && text.value().endsWith("}")
                    && text.value().indexOf('}') == text.value().length() - 1
                    ? before(text.value().substring(2, text.value().length() - 1), '.')
                    : "";
            default -> "";
        };
        return resources.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether a resource's {@code Condition} holds: FALSE when the template does not create it. */
    Tri resourceCondition(JsonObject resource) {
        return JsonMembers.text(resource, "Condition").map(name -> condition(name).value()).orElse(Tri.TRUE);
    }

    /** The names of the unknown parts anywhere in a resolved value, in order, unique. */
    static Set<String> unknownNames(JsonValue value) {
        Set<String> names = new LinkedHashSet<>();
        collectUnknowns(value, names);
        return names;
    }

    private static void collectUnknowns(JsonValue value, Set<String> names) {
        if (value instanceof JsonString string) {
            if (UnknownValues.contains(string.value())) {
                names.addAll(UnknownValues.names(string.value()));
            }
        } else if (value instanceof JsonObject object) {
            object.members().forEach(member -> collectUnknowns(member.value(), names));
        } else if (value instanceof JsonArray array) {
            array.elements().forEach(element -> collectUnknowns(element, names));
        }
    }

    private Optional<JsonValue> call(String function, JsonValue argument, SourceRange range) {
        return switch (function) {
            case "Ref" -> argument instanceof JsonString name ? ref(name.value(), range) : Optional.of(unknown(range, Set.of("Ref")));
            case "Fn::GetAtt" -> Optional.of(getAtt(argument, range));
            case "Fn::Sub" -> Optional.of(sub(argument, range));
            case "Fn::Join" -> Optional.of(join(argument, range));
            case "Fn::Select" -> select(argument, range);
            case "Fn::Split" -> Optional.of(split(argument, range));
            case "Fn::FindInMap" -> Optional.of(findInMap(argument, range));
            case "Fn::If" -> ifThenElse(argument, range);
            case "Fn::Base64" -> Optional.of(base64(argument, range));
            default -> Optional.of(undetermined(function, argument, range));
        };
    }

    /** A function whose value only the deployment knows ({@code Fn::ImportValue}, {@code Fn::GetAZs}, …). */
    private JsonString undetermined(String function, JsonValue argument, SourceRange range) {
        Optional<JsonValue> resolved = resolve(argument);
        Set<String> names = resolved.map(TemplateValues::unknownNames).orElse(Set.of());
        if (names.isEmpty() && resolved.isPresent() && resolved.get() instanceof JsonString name) {
            return unknown(range, Set.of(function + ":" + name.value()));
        }
        return unknown(range, names.isEmpty() ? Set.of(function) : names);
    }

    private Optional<JsonValue> ref(String name, SourceRange range) {
        if (name.equals("AWS::NoValue")) {
            return Optional.empty();
        }
        if (name.startsWith("AWS::")) {
            return Optional.of(pseudoParameter(name, range));
        }
        Optional<JsonValue> parameter = parameters.flatMap(p -> JsonMembers.member(p, name));
        if (parameter.isPresent()) {
            return Optional.of(parameter(name, parameter.get(), range));
        }
        if (resources.containsKey(name)) {
            return Optional.of(resourceRef(name, range));
        }
        return Optional.of(unknown(range, Set.of(name)));
    }

    private JsonValue pseudoParameter(String name, SourceRange range) {
        String value = given.values().get(name);
        if (name.equals("AWS::NotificationARNs")) {
            return value == null ? unknown(range, Set.of(name)) : list(value, range);
        }
        if (value != null) {
            return new JsonString(value, range);
        }
        return switch (name) {
            case "AWS::Partition" -> new JsonString(partition(), range);
            case "AWS::URLSuffix" -> Optional.ofNullable(URL_SUFFIXES.get(partition()))
                    .<JsonValue>map(suffix -> new JsonString(suffix, range)).orElseGet(() -> unknown(range, Set.of(name)));
            default -> unknown(range, Set.of(name));
        };
    }

    private String partition() {
        String partition = given.values().get("AWS::Partition");
        if (partition != null) {
            return partition;
        }
        String region = given.values().get("AWS::Region");
        if (region == null) {
            return TemplateParameters.DEFAULT_PARTITION;
        }
        return Partition.ofRegion(region).map(Partition::id).orElse(UnknownValues.marker("AWS::Partition"));
    }

    /**
     * A parameter's given value, else its {@code Default}; list types ({@code CommaDelimitedList},
     * {@code List<…>}) split at commas. An SSM parameter type's default names the SSM parameter,
     * not its value, so only a given value counts for it.
     */
    private JsonValue parameter(String name, JsonValue declaration, SourceRange range) {
        String type = JsonMembers.text(declaration, "Type").orElse("String");
        boolean isList = type.equals("CommaDelimitedList") || type.startsWith("List<") || type.contains("<List<")
                || type.contains("<CommaDelimitedList>");
        String value = given.values().get(name);
        if (value == null && !type.startsWith("AWS::SSM::Parameter::Value<")) {
            Optional<JsonValue> defaultValue = JsonMembers.member(declaration, "Default");
            if (defaultValue.isPresent() && isList && defaultValue.get() instanceof JsonArray array) {
                return new JsonArray(array.elements().stream().<JsonValue>map(e -> scalar(e, range).orElse(e)).toList(), range);
            }
            value = defaultValue.flatMap(d -> scalarText(d)).orElse(null);
        }
        if (value == null) {
            return unknown(range, Set.of(name));
        }
        return isList ? list(value, range) : new JsonString(value, range);
    }

    private static JsonArray list(String commaSeparated, SourceRange range) {
        List<JsonValue> elements = new ArrayList<>();
        for (String element : commaSeparated.split(",", -1)) {
            elements.add(new JsonString(element, range));
        }
        return new JsonArray(elements, range);
    }

    /** {@code Ref} of a resource: the name of the named types (the ARN for a managed policy); else unknown. */
    private JsonValue resourceRef(String logicalId, SourceRange range) {
        String type = typeOf(logicalId);
        if (type.equals("AWS::IAM::ManagedPolicy")) {
            return new JsonString(iamArn(logicalId, "policy", range), range);
        }
        if (NAMED_TYPES.containsKey(type)) {
            return new JsonString(name(logicalId, range), range);
        }
        return unknown(range, Set.of(logicalId));
    }

    private JsonValue getAtt(JsonValue argument, SourceRange range) {
        Optional<String[]> target = attributeTarget(argument);
        if (target.isEmpty()) {
            return undetermined("Fn::GetAtt", argument, range);
        }
        String logicalId = target.get()[0];
        String attribute = target.get()[1];
        String type = resources.containsKey(logicalId) ? typeOf(logicalId) : "";
        Named named = NAMED_TYPES.get(type);
        boolean iamArn = named != null && named.iamType().isPresent()
                && (attribute.equals("Arn") || type.equals("AWS::IAM::ManagedPolicy") && attribute.equals("PolicyArn"));
        if (iamArn) {
            return new JsonString(iamArn(logicalId, named.iamType().get(), range), range);
        }
        if (type.equals("AWS::ECR::Repository") && (attribute.equals("Arn") || attribute.equals("RepositoryUri"))) {
            String region = text(pseudoParameter("AWS::Region", range));
            String account = text(pseudoParameter("AWS::AccountId", range));
            String name = name(logicalId, range);
            return new JsonString(attribute.equals("Arn")
                    ? "arn:" + partition() + ":ecr:" + region + ":" + account + ":repository/" + name
                    : account + ".dkr.ecr." + region + "." + text(pseudoParameter("AWS::URLSuffix", range)) + "/" + name, range);
        }
        return unknown(range, Set.of(logicalId + "." + attribute));
    }

    /** The resource and attribute of {@code Fn::GetAtt}: {@code [X, Attr]} (Attr may be a Ref) or {@code "X.Attr"}. */
    private Optional<String[]> attributeTarget(JsonValue argument) {
        if (argument instanceof JsonString text && text.value().indexOf('.') > 0) {
            int dot = text.value().indexOf('.');
            return Optional.of(new String[] {text.value().substring(0, dot), text.value().substring(dot + 1)});
        }
        if (argument instanceof JsonArray array && array.elements().size() == 2 && array.elements().get(0) instanceof JsonString resource) {
            JsonValue attribute = array.elements().get(1);
            Optional<JsonValue> resolved = isCall(attribute) ? resolve(attribute) : Optional.of(attribute);
            return resolved.filter(a -> a instanceof JsonString s && !UnknownValues.contains(s.value()))
                    .map(a -> new String[] {resource.value(), ((JsonString) a).value()});
        }
        return Optional.empty();
    }

    /** {@code arn:<partition>:iam::<account>:<type><path><name>}, the path {@code /} unless the resource sets one. */
    private String iamArn(String logicalId, String iamType, SourceRange range) {
        String path = property(logicalId, "Path").map(TemplateValues::text).orElse("/");
        return "arn:" + partition() + ":iam::" + text(pseudoParameter("AWS::AccountId", range)) + ":" + iamType + path + name(logicalId, range);
    }

    /** The name its name property gives a resource, else unknown: CloudFormation generates one. */
    private String name(String logicalId, SourceRange range) {
        String key = "name " + logicalId;
        if (!computing.add(key)) {
            return UnknownValues.marker(logicalId);
        }
        try {
            return property(logicalId, NAMED_TYPES.get(typeOf(logicalId)).nameProperty())
                    .map(TemplateValues::text).orElse(UnknownValues.marker(logicalId));
        } finally {
            computing.remove(key);
        }
    }

    private Optional<JsonValue> property(String logicalId, String property) {
        return JsonMembers.member(resources.get(logicalId), "Properties").flatMap(p -> JsonMembers.member(p, property))
                .flatMap(this::resolve);
    }

    private String typeOf(String logicalId) {
        return JsonMembers.text(resources.get(logicalId), "Type").orElse("");
    }

    /**
     * {@code Fn::Sub}: {@code ${Name}} is a parameter, pseudo parameter, resource or a variable of
     * the map, {@code ${X.Attr}} an attribute, {@code ${!Text}} the literal {@code ${Text}}.
     */
    private JsonValue sub(JsonValue argument, SourceRange range) {
        JsonValue template = argument;
        Map<String, Optional<JsonValue>> variables = new HashMap<>();
        if (argument instanceof JsonArray array && !array.elements().isEmpty()) {
            template = resolve(array.elements().get(0)).orElse(argument);
            if (array.elements().size() > 1 && array.elements().get(1) instanceof JsonObject map) {
                map.members().forEach(member -> variables.putIfAbsent(member.key(), resolve(member.value())));
            }
        }
        if (!(template instanceof JsonString string)) {
            return undetermined("Fn::Sub", argument, range);
        }
        String text = string.value();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            String name = text.substring(open + 2, close);
            if (name.startsWith("!")) {
                out.append("${").append(name, 1, name.length()).append('}');
            } else {
                out.append(substitution(name.strip(), variables, range));
            }
            i = close + 1;
        }
        return new JsonString(out.toString(), range);
    }

    private String substitution(String name, Map<String, Optional<JsonValue>> variables, SourceRange range) {
        Optional<JsonValue> value;
        if (variables.containsKey(name)) {
            value = variables.get(name);
        } else if (name.indexOf('.') > 0 && resources.containsKey(before(name, '.'))) {
            value = Optional.of(getAtt(new JsonString(name, range), range));
        } else {
            value = ref(name, range);
        }
        return value.filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value())
                .orElseGet(() -> unknownText(value.map(TemplateValues::unknownNames).filter(n -> !n.isEmpty()).orElse(Set.of(name))));
    }

    private JsonValue join(JsonValue argument, SourceRange range) {
        List<JsonValue> arguments = arguments(argument, 2);
        if (arguments.isEmpty() || !(arguments.get(0) instanceof JsonString delimiter) || UnknownValues.contains(delimiter.value())
                || !(arguments.get(1) instanceof JsonArray list)) {
            return undetermined("Fn::Join", argument, range);
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < list.elements().size(); i++) {
            Optional<String> text = scalarText(list.elements().get(i));
            if (text.isEmpty()) {
                return undetermined("Fn::Join", argument, range);
            }
            joined.append(i == 0 ? "" : delimiter.value()).append(text.get());
        }
        return new JsonString(joined.toString(), range);
    }

    private Optional<JsonValue> select(JsonValue argument, SourceRange range) {
        List<JsonValue> arguments = arguments(argument, 2);
        Optional<Integer> index = arguments.isEmpty() ? Optional.empty() : scalarText(arguments.get(0)).flatMap(TemplateValues::index);
        if (index.isEmpty() || !(arguments.get(1) instanceof JsonArray list) || index.get() >= list.elements().size()) {
            return Optional.of(undetermined("Fn::Select", argument, range));
        }
        JsonValue chosen = list.elements().get(index.get());
        return Optional.of(scalar(chosen, range).orElse(chosen));
    }

    private JsonValue split(JsonValue argument, SourceRange range) {
        List<JsonValue> arguments = arguments(argument, 2);
        if (arguments.isEmpty() || !(arguments.get(0) instanceof JsonString delimiter) || delimiter.value().isEmpty()
                || !(arguments.get(1) instanceof JsonString source)
                || UnknownValues.contains(delimiter.value()) || UnknownValues.contains(source.value())) {
            // An unknown part may hold the delimiter: not even the number of elements is known.
            return undetermined("Fn::Split", argument, range);
        }
        List<JsonValue> parts = new ArrayList<>();
        int from = 0;
        for (int at = source.value().indexOf(delimiter.value()); at >= 0; at = source.value().indexOf(delimiter.value(), from)) {
            parts.add(new JsonString(source.value().substring(from, at), range));
            from = at + delimiter.value().length();
        }
        parts.add(new JsonString(source.value().substring(from), range));
        return new JsonArray(parts, range);
    }

    private JsonValue findInMap(JsonValue argument, SourceRange range) {
        List<JsonValue> arguments = arguments(argument, 3);
        if (arguments.size() < 3) {
            return undetermined("Fn::FindInMap", argument, range);
        }
        Optional<JsonValue> value = mappings.map(JsonValue.class::cast);
        for (JsonValue key : arguments.subList(0, 3)) {
            Optional<String> name = scalarText(key);
            if (name.isEmpty()) {
                return undetermined("Fn::FindInMap", argument, range);
            }
            value = value.flatMap(v -> JsonMembers.member(v, name.get()));
        }
        return value.map(v -> scalar(v, range).orElse(v)).orElseGet(() -> undetermined("Fn::FindInMap", argument, range));
    }

    private Optional<JsonValue> ifThenElse(JsonValue argument, SourceRange range) {
        if (!(argument instanceof JsonArray array) || array.elements().size() != 3 || !(array.elements().get(0) instanceof JsonString name)) {
            return Optional.of(undetermined("Fn::If", argument, range));
        }
        Decided condition = condition(name.value());
        return switch (condition.value()) {
            case TRUE -> resolve(array.elements().get(1));
            case FALSE -> resolve(array.elements().get(2));
            case UNKNOWN -> Optional.of(unknown(range, condition.unknowns()));
        };
    }

    private JsonValue base64(JsonValue argument, SourceRange range) {
        Optional<JsonValue> resolved = resolve(argument);
        if (resolved.isPresent() && resolved.get() instanceof JsonString text && !UnknownValues.contains(text.value())) {
            return new JsonString(Base64.getEncoder().encodeToString(text.value().getBytes(StandardCharsets.UTF_8)), range);
        }
        return undetermined("Fn::Base64", argument, range);
    }

    /** A condition of the {@code Conditions} section, decided once. */
    private Decided condition(String name) {
        Decided known = decided.get(name);
        if (known != null) {
            return known;
        }
        String key = "condition " + name;
        Optional<JsonValue> definition = conditions.flatMap(c -> JsonMembers.member(c, name));
        if (definition.isEmpty() || !computing.add(key)) {
            return new Decided(Tri.UNKNOWN, Set.of("Condition:" + name));
        }
        try {
            Decided result = decide(definition.get(), name);
            decided.put(name, result);
            return result;
        } finally {
            computing.remove(key);
        }
    }

    private Decided decide(JsonValue condition, String name) {
        if (!(condition instanceof JsonObject object) || object.members().size() != 1) {
            return new Decided(Tri.UNKNOWN, Set.of("Condition:" + name));
        }
        JsonObject.Member call = object.members().get(0);
        List<JsonValue> operands = call.value() instanceof JsonArray array ? array.elements() : List.of(call.value());
        switch (call.key()) {
            case "Condition" -> {
                return call.value() instanceof JsonString other ? condition(other.value()) : new Decided(Tri.UNKNOWN, Set.of("Condition:" + name));
            }
            case "Fn::Equals" -> {
                if (operands.size() != 2) {
                    return new Decided(Tri.UNKNOWN, Set.of("Condition:" + name));
                }
                Optional<JsonValue> left = resolve(operands.get(0));
                Optional<JsonValue> right = resolve(operands.get(1));
                Set<String> unknowns = new LinkedHashSet<>();
                left.ifPresent(l -> unknowns.addAll(unknownNames(l)));
                right.ifPresent(r -> unknowns.addAll(unknownNames(r)));
                if (!unknowns.isEmpty()) {
                    return new Decided(Tri.UNKNOWN, unknowns);
                }
                return new Decided(Tri.of(equal(left, right)), Set.of());
            }
            case "Fn::And", "Fn::Or", "Fn::Not" -> {
                boolean and = call.key().equals("Fn::And");
                Tri value = call.key().equals("Fn::Or") ? Tri.FALSE : Tri.TRUE;
                Set<String> unknowns = new LinkedHashSet<>();
                for (JsonValue operand : operands) {
                    Decided decidedOperand = decide(operand, name);
                    unknowns.addAll(decidedOperand.unknowns());
                    value = call.key().equals("Fn::Not") ? decidedOperand.value().not()
                            : and ? value.and(decidedOperand.value()) : value.or(decidedOperand.value());
                }
                return new Decided(value, value == Tri.UNKNOWN ? unknowns : Set.of());
            }
            default -> {
                return new Decided(Tri.UNKNOWN, Set.of("Condition:" + name));
            }
        }
    }

    private static boolean equal(Optional<JsonValue> left, Optional<JsonValue> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.isEmpty() && right.isEmpty();
        }
        if (left.get() instanceof JsonArray a && right.get() instanceof JsonArray b) {
            if (a.elements().size() != b.elements().size()) {
                return false;
            }
            for (int i = 0; i < a.elements().size(); i++) {
                if (!equal(Optional.of(a.elements().get(i)), Optional.of(b.elements().get(i)))) {
                    return false;
                }
            }
            return true;
        }
        Optional<String> a = scalarText(left.get());
        return a.isPresent() && a.equals(scalarText(right.get()));
    }

    /** The resolved elements of an argument list of {@code size} elements; empty when it is none. */
    private List<JsonValue> arguments(JsonValue argument, int size) {
        Optional<JsonValue> resolved = resolve(argument);
        if (resolved.isEmpty() || !(resolved.get() instanceof JsonArray array) || array.elements().size() < size) {
            return List.of();
        }
        return array.elements();
    }

    private static Optional<Integer> index(String text) {
        try {
            int index = Integer.parseInt(text.strip());
            return index >= 0 ? Optional.of(index) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The text of a string, number or boolean. */
    private static Optional<String> scalarText(JsonValue value) {
        if (value instanceof JsonString string) {
            return Optional.of(string.value());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.raw());
        }
        if (value instanceof JsonBool bool) {
            return Optional.of(Boolean.toString(bool.value()));
        }
        return Optional.empty();
    }

    /** A scalar moved to {@code range}; empty for objects, arrays and null. */
    private static Optional<JsonValue> scalar(JsonValue value, SourceRange range) {
        if (value instanceof JsonNull) {
            return Optional.empty();
        }
        return scalarText(value).map(text -> new JsonString(text, range));
    }

    /** The text of a resolved string, or the marker of what it depends on when it is not one. */
    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.value() : unknownText(unknownNames(value));
    }

    private static JsonString unknown(SourceRange range, Set<String> names) {
        return new JsonString(unknownText(names), range);
    }

    private static String unknownText(Set<String> names) {
        StringBuilder text = new StringBuilder();
        names.forEach(name -> text.append(UnknownValues.marker(name)));
        return text.isEmpty() ? UnknownValues.marker("value") : text.toString();
    }

    private static String before(String text, char separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }

    private static Optional<JsonObject> objectMember(JsonObject object, String key) {
        return JsonMembers.member(object, key).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }
}
