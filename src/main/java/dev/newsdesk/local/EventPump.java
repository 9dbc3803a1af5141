package dev.newsdesk.local;

import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.FailureWords;
import dev.newsdesk.observe.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Stands in for S3 event notifications, which no local S3 server sends: polls the bucket, compares the listing
 * with what the ingest handler was last told ({@link PumpState}), and delivers one {@link S3Event} per created,
 * replaced or deleted object. Delivery is at least once, as on AWS: a crash between delivering and saving the
 * state repeats the last few events on the next start, never loses one. An event the handler cannot take (a
 * store is down) is never dropped: it waits in {@link PendingEvents} and goes out again until it is taken.
 */
public final class EventPump implements AutoCloseable {

    /** Saving the state after every event would make a bulk upload quadratic; this bounds the replay instead. */
    private static final long SAVE_EVERY_NANOS = Duration.ofMillis(500).toNanos();

    /** Receives each event; must not throw (it reports on its own). */
    public interface Delivery {
        /**
         * Hands {@code event} to the function.
         *
         * @param attempt 1 for the first delivery of this change, more for each redelivery
         */
        Delivered deliver(S3Event event, ObjectChange change, int attempt);

        /** The pump is stopping: an event that fails now is not worth waiting for. */
        default void stop() {
        }
    }

    private final String bucket;
    private final Supplier<Map<String, ObjectVersion>> listing;
    private final PumpState state;
    private final PendingEvents pending;
    private final SequencerSource sequencer;
    private final S3Events events;
    private final Delivery delivery;
    private final BurstProgress progress;
    private final PrintStream log;
    private ScheduledExecutorService loop;
    private volatile boolean closing;
    /** Consecutive failed listings: one is a hiccup (or Ctrl-C reaching the emulators first), several an outage. */
    private int listingFailures;

    EventPump(String bucket, Supplier<Map<String, ObjectVersion>> listing, PumpState state, PendingEvents pending,
              SequencerSource sequencer, S3Events events, Delivery delivery, BurstProgress progress,
              PrintStream log) {
        this.bucket = bucket;
        this.listing = listing;
        this.state = state;
        this.pending = pending;
        this.sequencer = sequencer;
        this.events = events;
        this.delivery = delivery;
        this.progress = progress;
        this.log = log;
    }

    /**
     * Lists the bucket once and delivers every change since the last poll whose event is due; returns how many
     * went through. The first event the handler cannot take ends the poll: a store is most likely down, and the
     * rest would fail the same way (they go out on the next polls, the failed one after its pause).
     */
    public synchronized int pollOnce() {
        Map<String, ObjectVersion> now;
        try {
            now = listing.get();
        } catch (RuntimeException e) {
            if (++listingFailures == 3 && !closing) {
                log.println(LogTime.now() + "  pump    cannot list bucket " + bucket + " (" + FailureWords.of(e) + "); retrying");
            }
            return 0;
        }
        if (listingFailures >= 3) {
            log.println(LogTime.now() + "  pump    bucket " + bucket + " reachable again");
        }
        listingFailures = 0;
        Map<String, ObjectVersion> told = state.delivered();
        List<ObjectChange> changes = new ArrayList<>(BucketDiff.between(told, now));
        changes.addAll(pending.vanished(now.keySet(), told.keySet()));
        pending.retainOnly(changes.stream().map(ObjectChange::key).toList());
        progress.pollStarted(changes.size());
        long lastSave = System.nanoTime();
        int delivered = 0;
        for (ObjectChange change : changes) {
            if (closing) {
                break; // the rest is delivered after the next start, from the saved state
            }
            if (!pending.isDue(change.key())) {
                continue;
            }
            String seq = sequencer.next();
            Delivered result = delivery.deliver(events.of(bucket, change, seq), change,
                    pending.failures(change.key()) + 1);
            if (result.outcome() == Delivered.Outcome.STOPPED) {
                break; // not recorded, so the next start delivers it again
            }
            if (result.outcome() == Delivered.Outcome.WAITING) {
                pending.failed(change, result.detail());
                savePending();
                break;
            }
            state.record(change, sequencer.last());
            if (pending.delivered(change.key())) {
                savePending();
            }
            delivered++;
            progress.delivered(result, changes.size() - delivered, pending.size());
            if (System.nanoTime() - lastSave > SAVE_EVERY_NANOS) {
                save();
                lastSave = System.nanoTime();
            }
        }
        if (delivered > 0) {
            save();
        }
        progress.pollEnded(changes.size() - delivered, pending.size());
        return delivered;
    }

    /** A store is back: the events waiting for it go out on the next poll instead of after their pause. */
    public void retryNow() {
        pending.allDueNow();
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
            log.println(LogTime.now() + "  pump    a poll failed (" + Printable.escape(FailureWords.of(e)) + "); the next one goes on");
        }
    }

    private void savePending() {
        try {
            pending.save();
        } catch (IOException e) {
            log.println(LogTime.now() + "  pump    cannot save the events waiting for redelivery (" + e.getMessage() + ")");
        }
    }

    private void save() {
        try {
            state.save();
        } catch (IOException e) {
            log.println(LogTime.now() + "  pump    cannot save its state (" + e.getMessage() + ")");
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
            savePending();
        }
    }

    /**
     * The pump for the real bucket, with its state and the events left waiting restored from their files, and the
     * progress of bursts printed to {@code log}.
     */
    public static EventPump create(S3Client s3, String bucket, String region, Path stateFile, Path waitingFile,
                                   Delivery delivery, PrintStream log) throws IOException {
        PumpState state = PumpState.load(stateFile);
        Clock clock = Clock.systemUTC();
        return new EventPump(bucket, () -> BucketListing.of(s3, bucket), state,
                PendingEvents.load(waitingFile, clock, Backoff.LOCAL), new SequencerSource(clock, state.lastSequence()),
                new S3Events(region, clock), delivery, new BurstProgress(log, System::nanoTime), log);
    }
}
