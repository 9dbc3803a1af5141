package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    /** The cache's clock: nanoseconds that move only when a test moves them. */
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void reusesAValueWithinItsLifetime() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofMinutes(1));
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));
        assertEquals(2, cache.get("b", k -> loads.incrementAndGet()));
        assertEquals(2, loads.get());
    }

    @Test
    void aZeroLifetimeReusesNothing() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, Integer> cache = new ReadCache<>(Duration.ZERO);
        cache.get("a", k -> loads.incrementAndGet());
        cache.get("a", k -> loads.incrementAndGet());
        assertEquals(2, loads.get());
    }

    @Test
    void anExpiredValueIsLoadedAgain() {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofSeconds(1), now::get);
        cache.get("a", k -> loads.incrementAndGet());
        now.addAndGet(Duration.ofMillis(999).toNanos());
        cache.get("a", k -> loads.incrementAndGet());
        assertEquals(1, loads.get(), "still alive a moment before its lifetime ends");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        cache.get("a", k -> loads.incrementAndGet());
        assertEquals(2, loads.get());
    }
}
