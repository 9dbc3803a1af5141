package dev.newsdesk.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The progress line of a burst of uploads ("40 ingested, 60 pending, 0 failed"), so that a person sees how far a
 * bulk upload got and what is left without counting lines. A burst starts when a poll finds changes and ends when
 * nothing is left to deliver; one that ends within {@link #EVERY} prints nothing (its lines say it all), a longer
 * one prints a line every {@link #EVERY} while it moves (every {@link #STALLED} while it waits for a store) and one
 * when it is done.
 */
final class BurstProgress {

    static final Duration EVERY = Duration.ofSeconds(2);
    static final Duration STALLED = Duration.ofSeconds(30);

    private final PrintStream out;
    private final LongSupplier nanos;
    private boolean active;
    private long startNanos;
    private long lastLineNanos;
    private boolean printed;
    private int ingested;
    private int failed;
    private int ingestedAtLastLine = -1;

    BurstProgress(PrintStream out, LongSupplier nanos) {
        this.out = out;
        this.nanos = nanos;
    }

    /** A poll found {@code changes} to deliver. */
    synchronized void pollStarted(int changes) {
        if (!active && changes > 0) {
            active = true;
            startNanos = lastLineNanos = nanos.getAsLong();
            printed = false;
            ingested = failed = 0;
            ingestedAtLastLine = -1;
        }
    }

    /** One event was delivered; {@code pending} still to go, {@code waiting} of them for a store. */
    synchronized void delivered(Delivered result, int pending, int waiting) {
        if (result.failedFile()) {
            failed++;
        } else {
            ingested++;
        }
        if (pending > 0) { // the last one gets the closing line instead
            maybePrint(pending, waiting);
        }
    }

    /** The poll is over with {@code pending} events left, {@code waiting} of them for a store. */
    synchronized void pollEnded(int pending, int waiting) {
        if (!active) {
            return;
        }
        if (pending > 0) {
            maybePrint(pending, waiting);
            return;
        }
        if (printed) {
            long seconds = Math.round((nanos.getAsLong() - startNanos) / 1e9);
            out.println(LogTime.now() + "  progress  " + counts(0, 0) + "; done in " + seconds + " s");
        }
        active = false;
    }

    private void maybePrint(int pending, int waiting) {
        long now = nanos.getAsLong();
        boolean moved = ingested + failed != ingestedAtLastLine;
        if (now - lastLineNanos < (moved ? EVERY : STALLED).toNanos()) {
            return;
        }
        out.println(LogTime.now() + "  progress  " + counts(pending, waiting));
        lastLineNanos = now;
        ingestedAtLastLine = ingested + failed;
        printed = true;
    }

    private String counts(int pending, int waiting) {
        return ingested + " ingested, " + pending + " pending" + (waiting > 0 ? " (" + waiting + " waiting for a store)"
                : "") + ", " + failed + " failed";
    }
}
