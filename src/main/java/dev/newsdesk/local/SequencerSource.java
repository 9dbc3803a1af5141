package dev.newsdesk.local;

import java.time.Clock;

/**
 * Hands out the {@code sequencer} values of S3 event records: fixed-width upper-case hex strings that only go
 * up, so a handler comparing them (as S3's documentation says: same length, then string order) sees later
 * writes as later. The value starts from the clock (milliseconds shifted left 16 bits) and from the last
 * value handed out, whichever is higher, so it keeps rising across restarts even if the saved state is lost.
 */
final class SequencerSource {

    /** AWS's sequencers are 18 hex digits long in practice ({@code 0055AED6DCD90281E5}). */
    static final int WIDTH = 18;

    private final Clock clock;
    private long last;

    SequencerSource(Clock clock, long last) {
        this.clock = clock;
        this.last = last;
    }

    /** The next value, strictly greater than every value before it. */
    synchronized String next() {
        last = Math.max(last + 1, clock.millis() << 16);
        return format(last);
    }

    /** The last value handed out (what the pump saves). */
    synchronized long last() {
        return last;
    }

    static String format(long value) {
        return String.format("%0" + WIDTH + "X", value);
    }
}
