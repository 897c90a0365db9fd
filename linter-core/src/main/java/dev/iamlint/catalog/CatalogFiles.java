package dev.iamlint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bundled action catalog's files, as linter-core/src/data/generate-aws-data.mjs writes them:
 * {@code index.json.gz} (data version, service prefixes and where each service's JSON lies,
 * global condition keys) and {@code services-NN.gz}, the services' JSON back to back in prefix
 * order, cut into shards. A shard is inflated the first time one of its services is asked for
 * (a few large resources read faster than one per service), and each service's JSON is parsed
 * the first time that service is asked for.
 */
final class CatalogFiles {

    private static final String ROOT = "/dev/iamlint/catalog/";

    /**
     * The index: what the catalog knows before it reads any service. {@code updatedAt} stays
     * text until asked for, because java.time's parser costs milliseconds at start-up.
     * {@code services} are sorted by {@link String#compareTo}.
     */
    record Index(String dataVersion, String updatedAt, List<String> services, List<ConditionKeyInfo> globalConditionKeys) {
        Index {
            services = List.copyOf(services);
            globalConditionKeys = Names.sorted(globalConditionKeys, ConditionKeyInfo::name);
        }
    }

    /** Where a service's JSON lies: a range of its shard's bytes. */
    private record Span(int shard, int start, int end) {
    }

    private final JsonFactory factory = new JsonFactory();
    private final Map<String, Span> spans = new HashMap<>();
    /** Inflated shards, as UTF-8; a service's span of one is decoded and parsed when the service is first asked for. */
    private final ConcurrentMap<Integer, byte[]> shards = new ConcurrentHashMap<>();

    /** Reads the index; called once, before any service is read. */
    Index readIndex() {
        return DataReader.read(factory, ROOT + "index.json.gz", in -> {
            String version = null;
            String updatedAt = null;
            List<String> prefixes = List.of();
            List<Long> shardNumbers = List.of();
            List<Long> lengths = List.of();
            List<ConditionKeyInfo> globalKeys = List.of();
            in.startObject();
            for (String member; (member = in.nextMember()) != null; ) {
                switch (member) {
                    case "version" -> version = in.text();
                    case "updatedAt" -> updatedAt = in.text();
                    case "services" -> prefixes = in.texts();
                    case "serviceShards" -> shardNumbers = in.list(in::integer);
                    case "serviceLengths" -> lengths = in.list(in::integer);
                    case "globalConditionKeys" -> globalKeys = in.list(() -> conditionKey(in));
                    default -> in.skip();
                }
            }
            if (shardNumbers.size() != prefixes.size() || lengths.size() != prefixes.size()) {
                throw new IOException("the index names " + prefixes.size() + " services but places " + shardNumbers.size()
                        + " in shards and gives " + lengths.size() + " lengths");
            }
            int start = 0;
            for (int i = 0; i < prefixes.size(); i++) {
                if (i > 0 && prefixes.get(i - 1).compareTo(prefixes.get(i)) >= 0) {
                    throw new IOException("the index's services are not sorted at " + prefixes.get(i));
                }
                int shard = Math.toIntExact(shardNumbers.get(i));
                if (i > 0 && shard != shardNumbers.get(i - 1)) {
                    start = 0;
                }
                int end = start + Math.toIntExact(lengths.get(i));
                spans.put(prefixes.get(i), new Span(shard, start, end));
                start = end;
            }
            return new Index(version, updatedAt, prefixes, globalKeys);
        });
    }

    /** Reads one service; {@code prefix} must be one of the index's. */
    ServiceInfo readService(String prefix) {
        Span span = spans.get(prefix);
        String file = shardFile(span.shard());
        byte[] json = shards.computeIfAbsent(span.shard(), shard -> DataReader.inflateBytes(shardFile(shard)));
        if (span.end() > json.length) {
            throw new IllegalStateException("bundled AWS data " + file + " is shorter than the index says");
        }
        return DataReader.parse(factory, file, json, span.start(), span.end() - span.start(), in -> {
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

    private static String shardFile(int shard) {
        return DataReader.shardFile(ROOT + "services-", shard);
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
