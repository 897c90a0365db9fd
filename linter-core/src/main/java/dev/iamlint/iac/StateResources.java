package dev.iamlint.iac;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.parse.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The managed resources of a Terraform state, with their addresses as Terraform writes them
 * ({@code module.eks.aws_iam_role.node["a"]}). Two forms hold a state:
 * <ul>
 *   <li>what {@code terraform show -json} writes without a plan file: {@code values.root_module},
 *       whose {@code resources} carry their {@code address} and {@code values}, and whose
 *       {@code child_modules} hold the modules' resources in turn;</li>
 *   <li>a state file ({@code terraform.tfstate}, {@code terraform state pull}), format version 4:
 *       {@code resources[]} by {@code module}, {@code type} and {@code name}, each instance's
 *       {@code attributes} under {@code instances[]} with its {@code index_key}.</li>
 * </ul>
 */
final class StateResources {

    private StateResources() {
    }

    /** The state's managed resources; empty when {@code root} is neither form of a state. */
    static Optional<List<PlanReader.Resource>> of(JsonObject root) {
        Optional<JsonValue> rootModule = JsonMembers.member(root, "values").flatMap(values -> JsonMembers.member(values, "root_module"));
        if (rootModule.isPresent()) {
            List<PlanReader.Resource> resources = new ArrayList<>();
            module(rootModule.get(), "/values/root_module", resources);
            return Optional.of(resources);
        }
        Optional<JsonValue> list = JsonMembers.member(root, "resources");
        boolean stateFile = JsonMembers.member(root, "version").filter(JsonNumber.class::isInstance).isPresent()
                && (JsonMembers.member(root, "lineage").isPresent() || JsonMembers.member(root, "terraform_version").isPresent());
        if (stateFile && list.isPresent() && list.get() instanceof JsonArray array) {
            return Optional.of(stateFile(array));
        }
        return Optional.empty();
    }

    /** A module of {@code terraform show -json}: its resources, then its child modules'. */
    private static void module(JsonValue module, String pointer, List<PlanReader.Resource> into) {
        List<JsonValue> resources = elements(module, "resources");
        for (int i = 0; i < resources.size(); i++) {
            JsonValue resource = resources.get(i);
            if (managed(resource)) {
                String values = Pointers.child(Pointers.child(Pointers.child(pointer, "resources"), i), "values");
                into.add(new PlanReader.Resource(JsonMembers.text(resource, "address").orElse(""), JsonMembers.text(resource, "type").orElse(""),
                        PlanReader.Value.known(JsonMembers.member(resource, "values"), values, resource.range())));
            }
        }
        List<JsonValue> children = elements(module, "child_modules");
        for (int i = 0; i < children.size(); i++) {
            module(children.get(i), Pointers.child(Pointers.child(pointer, "child_modules"), i), into);
        }
    }

    private static List<PlanReader.Resource> stateFile(JsonArray resources) {
        List<PlanReader.Resource> found = new ArrayList<>();
        for (int i = 0; i < resources.elements().size(); i++) {
            JsonValue resource = resources.elements().get(i);
            if (!managed(resource)) {
                continue;
            }
            String module = JsonMembers.text(resource, "module").map(m -> m + ".").orElse("");
            String type = JsonMembers.text(resource, "type").orElse("");
            String address = module + type + "." + JsonMembers.text(resource, "name").orElse("");
            String pointer = Pointers.child(Pointers.child("/resources", i), "instances");
            List<JsonValue> instances = elements(resource, "instances");
            for (int j = 0; j < instances.size(); j++) {
                JsonValue instance = instances.get(j);
                String attributes = Pointers.child(Pointers.child(pointer, j), "attributes");
                found.add(new PlanReader.Resource(address + indexKey(instance), type,
                        PlanReader.Value.known(JsonMembers.member(instance, "attributes"), attributes, instance.range())));
            }
        }
        return found;
    }

    /** {@code [0]} for {@code count}, {@code ["name"]} for {@code for_each}, nothing for a single instance. */
    private static String indexKey(JsonValue instance) {
        Optional<JsonValue> key = JsonMembers.member(instance, "index_key");
        if (key.isPresent() && key.get() instanceof JsonNumber number) {
            return "[" + number.raw() + "]";
        }
        if (key.isPresent() && key.get() instanceof JsonString name) {
            return "[\"" + name.value() + "\"]";
        }
        return "";
    }

    /** Data sources are read, not deployed: only managed resources give a principal anything. */
    private static boolean managed(JsonValue resource) {
        return JsonMembers.text(resource, "mode").orElse("managed").equals("managed");
    }

    /** The elements of an array member; none when the member is absent or no array. */
    private static List<JsonValue> elements(JsonValue value, String key) {
        return JsonMembers.member(value, key).filter(JsonArray.class::isInstance).map(array -> ((JsonArray) array).elements()).orElse(List.of());
    }
}
