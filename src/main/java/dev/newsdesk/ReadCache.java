package dev.newsdesk;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values a function instance may reuse for a short while: what keeps a story read thousands of times a second
 * from sending every read to the same DynamoDB partitions. With a zero lifetime it reuses nothing.
 */
public final class ReadCache<K, V> {

    /** Far more than the hot articles of one instance; past it the cache starts afresh rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final long lifetimeNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public ReadCache(Duration lifetime) {
        this(lifetime, System::nanoTime);
    }

    /** With a monotonic time source in nanoseconds ({@link System#nanoTime} in production; tests move their own). */
    public ReadCache(Duration lifetime, LongSupplier nanoTime) {
        this.lifetimeNanos = lifetime.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value for {@code key}, loaded if there is none younger than the lifetime. */
    public V get(K key, Function<K, V> load) {
        V value = fresh(key);
        if (value != null) return value;
        value = load.apply(key);
        put(key, value);
        return value;
    }

    /** The value for {@code key} if there is one younger than the lifetime, else null. */
    public V fresh(K key) {
        if (lifetimeNanos <= 0) return null;
        Entry<V> entry = entries.get(key);
        return entry != null && entry.expiresAtNanos - nanoTime.getAsLong() > 0 ? entry.value : null;
    }

    /** Forgets every value. */
    public void clear() {
        entries.clear();
    }

    /** Keeps {@code value} for the lifetime (a zero lifetime keeps nothing). */
    public void put(K key, V value) {
        if (lifetimeNanos <= 0) return;
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry<>(value, nanoTime.getAsLong() + lifetimeNanos));
    }
}
