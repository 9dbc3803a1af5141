package dev.newsdesk.local;

import java.time.Duration;
import java.util.Objects;

/**
 * Pauses that double after each failure, from {@code first} up to {@code cap}: between the restarts of a child
 * server that will not come back, and between the deliveries of an event the ingest could not take.
 */
record Backoff(Duration first, Duration cap) {

    /** Short enough that a restarted emulator is used at once, long enough not to spin on one that is down. */
    static final Backoff LOCAL = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));

    Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 <= first <= cap: " + first + ", " + cap);
        }
    }

    /** The pause after the {@code failures}-th failure in a row (1 = the first). */
    Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        Duration pause = first;
        for (int i = 1; i < failures && pause.compareTo(cap) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(cap) > 0 ? cap : pause;
    }
}
