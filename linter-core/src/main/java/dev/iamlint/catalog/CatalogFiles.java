package dev.iamlint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.List;

/**
 * The bundled action catalog's files, as linter-core/src/data/generate-aws-data.mjs writes them:
 * {@code index.json.gz} (data version, service prefixes, global condition keys) and one
 * {@code services/<prefix>.json.gz} per service.
 */
final class CatalogFiles {

    private static final String ROOT = "/dev/iamlint/catalog/";

    /**
     * The index: what the catalog knows before it reads any service. {@code updatedAt} stays
     * text until asked for, because java.time's parser costs milliseconds at start-up.
     */
    record Index(String dataVersion, String updatedAt, List<String> services, List<ConditionKeyInfo> globalConditionKeys) {
        Index {
            services = services.stream().sorted().toList();
            globalConditionKeys = Names.sorted(globalConditionKeys, ConditionKeyInfo::name);
        }
    }

    private final JsonFactory factory = new JsonFactory();

    Index readIndex() {
        return DataReader.read(factory, ROOT + "index.json.gz", in -> {
            String version = null;
            String updatedAt = null;
            List<String> services = List.of();
            List<ConditionKeyInfo> globalKeys = List.of();
            in.startObject();
            for (String member; (member = in.nextMember()) != null; ) {
                switch (member) {
                    case "version" -> version = in.text();
                    case "updatedAt" -> updatedAt = in.text();
                    case "services" -> services = in.texts();
                    case "globalConditionKeys" -> globalKeys = in.list(() -> conditionKey(in));
                    default -> in.skip();
                }
            }
            return new Index(version, updatedAt, services, globalKeys);
        });
    }

    /** Reads one service; {@code prefix} must be one of the index's. */
    ServiceInfo readService(String prefix) {
        return DataReader.read(factory, ROOT + "services/" + prefix + ".json.gz", in -> {
            String name = null;
            List<ActionInfo> actions = List.of();
            List<ResourceTypeInfo> resourceTypes = List.of();
            List<ConditionKeyInfo> conditionKeys = List.of();
            in.startObject();
            for (String member; (member = in.nextMember()) != null; ) {
                switch (member) {
                    case "name" -> name = in.text();
                    case "actions" -> actions = in.list(() -> action(in, prefix));
                    case "resourceTypes" -> resourceTypes = in.list(() -> resourceType(in, prefix));
                    case "conditionKeys" -> conditionKeys = in.list(() -> conditionKey(in));
                    default -> in.skip();
                }
            }
            return new ServiceInfo(prefix, name, actions, resourceTypes, conditionKeys);
        });
    }

    // The generator leaves out empty lists and false flags, hence the defaults.

    private static ActionInfo action(DataReader in, String service) throws IOException {
        String name = null;
        AccessLevel accessLevel = null;
        List<ActionResourceType> resourceTypes = List.of();
        List<String> conditionKeys = List.of();
        List<String> dependentActions = List.of();
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "name" -> name = in.text();
                case "accessLevel" -> accessLevel = AccessLevel.fromLabel(in.text());
                case "resourceTypes" -> resourceTypes = in.list(() -> actionResourceType(in));
                case "conditionKeys" -> conditionKeys = in.texts();
                case "dependentActions" -> dependentActions = in.texts();
                default -> in.skip();
            }
        }
        return new ActionInfo(service, name, accessLevel, resourceTypes, conditionKeys, dependentActions);
    }

    private static ActionResourceType actionResourceType(DataReader in) throws IOException {
        String name = null;
        boolean required = false;
        List<String> conditionKeys = List.of();
        List<String> dependentActions = List.of();
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "name" -> name = in.text();
                case "required" -> required = in.bool();
                case "conditionKeys" -> conditionKeys = in.texts();
                case "dependentActions" -> dependentActions = in.texts();
                default -> in.skip();
            }
        }
        return new ActionResourceType(name, required, conditionKeys, dependentActions);
    }

    private static ResourceTypeInfo resourceType(DataReader in, String service) throws IOException {
        String name = null;
        List<String> arnFormats = List.of();
        List<String> conditionKeys = List.of();
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "name" -> name = in.text();
                case "arnFormats" -> arnFormats = in.texts();
                case "conditionKeys" -> conditionKeys = in.texts();
                default -> in.skip();
            }
        }
        return new ResourceTypeInfo(service, name, arnFormats, conditionKeys);
    }

    private static ConditionKeyInfo conditionKey(DataReader in) throws IOException {
        String name = null;
        ConditionKeyType type = null;
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "name" -> name = in.text();
                case "type" -> type = ConditionKeyType.fromLabel(in.text());
                default -> in.skip();
            }
        }
        return new ConditionKeyInfo(name, type);
    }
}
