package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.newsdesk.ingest.FailureWords;
import dev.newsdesk.observe.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Stands in for S3 event notifications, which no local S3 server sends: polls the bucket, compares the listing
 * with what the ingest handler was last told ({@link PumpState}), and delivers one {@link S3Event} per created,
 * replaced or deleted object. Delivery is at least once, as on AWS: a crash between delivering and saving the
 * state repeats the last few events on the next start, never loses one.
 */
public final class EventPump implements AutoCloseable {

    /** Saving the state after every event would make a bulk upload quadratic; this bounds the replay instead. */
    private static final long SAVE_EVERY_NANOS = Duration.ofMillis(500).toNanos();

    /** Receives each event; must not throw (it retries and reports on its own). */
    public interface Delivery {
        /**
         * Hands {@code event} to the function. Returns false only if it stopped without an outcome because the
         * pump is stopping: the event is then not recorded, and goes out again after the next start.
         */
        boolean deliver(S3Event event, ObjectChange change);

        /** The pump is stopping: give up waiting between retries. */
        default void stop() {
        }
    }

    private final String bucket;
    private final Supplier<Map<String, ObjectVersion>> listing;
    private final PumpState state;
    private final SequencerSource sequencer;
    private final S3Events events;
    private final Delivery delivery;
    private final PrintStream log;
    private ScheduledExecutorService loop;
    private volatile boolean closing;
    /** Consecutive failed listings: one is a hiccup (or Ctrl-C reaching the emulators first), several an outage. */
    private int listingFailures;

    EventPump(String bucket, Supplier<Map<String, ObjectVersion>> listing, PumpState state, SequencerSource sequencer,
              S3Events events, Delivery delivery, PrintStream log) {
        this.bucket = bucket;
        this.listing = listing;
        this.state = state;
        this.sequencer = sequencer;
        this.events = events;
        this.delivery = delivery;
        this.log = log;
    }

    /** Lists the bucket once and delivers every change since the last poll; returns how many there were. */
    public synchronized int pollOnce() {
        Map<String, ObjectVersion> now;
        try {
            now = listing.get();
        } catch (RuntimeException e) {
            if (++listingFailures == 3 && !closing) {
                log.println("event pump: cannot list bucket " + bucket + " (" + FailureWords.of(e) + "); retrying");
            }
            return 0;
        }
        if (listingFailures >= 3) {
            log.println("event pump: bucket " + bucket + " reachable again");
        }
        listingFailures = 0;
        List<ObjectChange> changes = BucketDiff.between(state.delivered(), now);
        long lastSave = System.nanoTime();
        int delivered = 0;
        for (ObjectChange change : changes) {
            if (closing) {
                break; // the rest is delivered after the next start, from the saved state
            }
            String seq = sequencer.next();
            if (!delivery.deliver(events.of(bucket, change, seq), change)) {
                break; // stopped mid-delivery: not recorded, so the next start delivers it again
            }
            state.record(change, sequencer.last());
            delivered++;
            if (System.nanoTime() - lastSave > SAVE_EVERY_NANOS) {
                save();
                lastSave = System.nanoTime();
            }
        }
        if (delivered > 0) {
            save();
        }
        return delivered;
    }

    /** Polls every {@code interval} on a thread of its own until {@link #close()}. */
    public synchronized void start(Duration interval) {
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "s3-event-pump");
            t.setDaemon(true);
            return t;
        });
        loop.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: the pump must outlive any one bad poll.
            log.println("event pump: a poll failed (" + Printable.escape(FailureWords.of(e)) + "); the next one goes on");
        }
    }

    private void save() {
        try {
            state.save();
        } catch (IOException e) {
            log.println("event pump: cannot save its state (" + e.getMessage() + ")");
        }
    }

    /** Stops polling after the event in flight, and saves the state. */
    @Override
    public void close() {
        closing = true;
        delivery.stop();
        if (loop != null) {
            loop.shutdown();
            try {
                loop.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            save();
        }
    }

    /** The pump for the real bucket, with its state file and sequencer restored from {@code stateFile}. */
    public static EventPump create(software.amazon.awssdk.services.s3.S3Client s3, String bucket, String region,
                                   java.nio.file.Path stateFile, Delivery delivery, PrintStream log)
            throws IOException {
        PumpState state = PumpState.load(stateFile);
        java.time.Clock clock = java.time.Clock.systemUTC();
        return new EventPump(bucket, () -> BucketListing.of(s3, bucket), state,
                new SequencerSource(clock, state.lastSequence()), new S3Events(region, clock), delivery, log);
    }
}
