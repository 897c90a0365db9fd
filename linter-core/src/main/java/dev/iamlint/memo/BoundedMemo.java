package dev.iamlint.memo;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Answers remembered by key, safe for many threads, up to a number of entries: past the bound,
 * answers are computed each time, so that odd input cannot grow a shared memo without end. Two
 * threads may compute the same answer at once; the computation must be pure, and either answer
 * is kept.
 *
 * @param <K> the key, with value equality
 * @param <V> the answer
 */
public final class BoundedMemo<K, V> {

    private final ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();
    private final int limit;

    public BoundedMemo(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " < 0");
        }
        this.limit = limit;
    }

    /** The remembered answer for {@code key}, computed (and remembered below the bound) the first time. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        remember(key, value);
        return value;
    }

    /** The remembered answer, or null: for hot paths that compute without allocating a function. */
    public V getIfPresent(K key) {
        return entries.get(key);
    }

    /** Remembers an answer unless the memo is full or has one for the key already. */
    public void remember(K key, V value) {
        if (entries.size() < limit) {
            entries.putIfAbsent(key, value);
        }
    }
}
