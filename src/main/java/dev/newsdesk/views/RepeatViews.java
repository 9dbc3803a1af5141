package dev.newsdesk.views;

import dev.newsdesk.Sha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule that keeps one reader from counting the same article many times in a short while: a reader (the
 * client address API Gateway saw, with the User-Agent) counts a view of an article once per window of time
 * (30 minutes on AWS, aligned on the clock), per function instance. docs/data-model.md argues the choice.
 *
 * <p>What is kept is a bounded set of 64-bit keys, each a SHA-256 of a per-instance random salt, the reader, the
 * slug and the window: no address is held in clear, nothing is written anywhere, and memory stays bounded
 * (past {@link #CAPACITY} keys the oldest is forgotten: that reader may then count once more).
 */
public final class RepeatViews {

    /** About 8 MB of keys at most: far more readers than one instance serves in a window. */
    static final int CAPACITY = 100_000;

    private final long windowMillis;
    private final int capacity;
    private final Map<Long, Boolean> seen;
    private volatile String salt = newSalt();

    /** @param window how long a reader's view of an article counts once; zero counts every view */
    public RepeatViews(Duration window) {
        this(window, CAPACITY);
    }

    RepeatViews(Duration window, int capacity) {
        this.windowMillis = window.toMillis();
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > RepeatViews.this.capacity;
            }
        };
    }

    /**
     * Whether this view is the reader's first of {@code slug} in the window {@code at} falls in; it is then
     * remembered, so the next one in the same window is not.
     *
     * @param address   the client's address as API Gateway saw it (null if unknown)
     * @param userAgent the request's User-Agent (null if none)
     */
    public boolean firstInWindow(String address, String userAgent, String slug, Instant at) {
        if (windowMillis <= 0) return true;
        long window = Math.floorDiv(at.toEpochMilli(), windowMillis);
        String hex = Sha256.hex(salt + '\n' + address + '\n' + userAgent + '\n' + slug + '\n' + window);
        long key = Long.parseUnsignedLong(hex.substring(0, 16), 16);
        synchronized (seen) {
            return seen.putIfAbsent(key, Boolean.TRUE) == null;
        }
    }

    /** After a SnapStart restore: a salt of this instance's own, and nothing remembered from before. */
    public void restored() {
        salt = newSalt();
        synchronized (seen) {
            seen.clear();
        }
    }

    private static String newSalt() {
        return Long.toHexString(new SecureRandom().nextLong());
    }
}
