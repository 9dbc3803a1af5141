package dev.newsdesk.views;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Picks the view-log slice each view of a story spread over several writes to, at random, so that a hot story's
 * writes spread evenly. The sequence must differ from one function instance to the next: under SnapStart every instance
 * resumes from the same snapshot, so a seed drawn at init (ThreadLocalRandom's included) would send all of them
 * to the same keys in the same order, the hot keys the spreading is there to avoid. {@link #reseed} draws a new
 * seed from the operating system; the functions call it after each restore.
 */
public final class WritePicker {

    /** Thread-safe (one atomic seed): the view's writes are picked from the request's threads. */
    private final Random random;

    /** With a fixed seed: two pickers built alike pick alike, as two instances restored from one snapshot would. */
    public WritePicker(long seed) {
        this.random = new Random(seed);
    }

    /** Seeded from the operating system's entropy. */
    public static WritePicker seeded() {
        return new WritePicker(new SecureRandom().nextLong());
    }

    /** A number from 0 (inclusive) to {@code bound} (exclusive). */
    public int pick(int bound) {
        return random.nextInt(bound);
    }

    /** Draws a new seed from the operating system's entropy (a new SecureRandom: not one held in a snapshot). */
    public void reseed() {
        random.setSeed(new SecureRandom().nextLong());
    }
}
