package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

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
    void anExpiredValueIsLoadedAgain() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        ReadCache<String, Integer> cache = new ReadCache<>(Duration.ofMillis(1));
        cache.get("a", k -> loads.incrementAndGet());
        Thread.sleep(5);
        cache.get("a", k -> loads.incrementAndGet());
        assertEquals(2, loads.get());
    }
}
