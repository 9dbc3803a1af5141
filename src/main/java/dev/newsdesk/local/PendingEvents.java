package dev.newsdesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The events the ingest could not take yet (a store did not answer): none is ever dropped. Each waits a pause
 * that doubles with its failures ({@link Backoff}) and goes out again, until it goes through; when a store comes
 * back they all go out at once ({@link #allDueNow}). Kept in a file, so that {@code ./newsdesk status} can show
 * them and a restart of the mode still knows the version of an object deleted while its event was waiting.
 */
public final class PendingEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One event waiting for redelivery.
     *
     * @param attempts    deliveries tried so far, all failed
     * @param since       when the first of them failed
     * @param reason      why the last one failed, in words
     * @param nextAttempt not before then
     */
    public record Waiting(ObjectChange change, int attempts, Instant since, String reason, Instant nextAttempt) {
    }

    private final Path file;
    private final Clock clock;
    private final Backoff backoff;
    private final Map<String, Waiting> byKey;

    private PendingEvents(Path file, Clock clock, Backoff backoff, Map<String, Waiting> byKey) {
        this.file = file;
        this.clock = clock;
        this.backoff = backoff;
        this.byKey = byKey;
    }

    /** The events left waiting by the last run, all due now (a fresh start is a good moment to try). */
    static PendingEvents load(Path file, Clock clock, Backoff backoff) throws IOException {
        Map<String, Waiting> byKey = new TreeMap<>();
        for (Waiting w : read(file)) {
            byKey.put(w.change().key(), new Waiting(w.change(), w.attempts(), w.since(), w.reason(), clock.instant()));
        }
        return new PendingEvents(file, clock, backoff, byKey);
    }

    /** Whether the event of {@code key} may go out now: it is not waiting, or its pause is over. */
    synchronized boolean isDue(String key) {
        Waiting w = byKey.get(key);
        return w == null || !clock.instant().isBefore(w.nextAttempt());
    }

    /** How many deliveries of {@code key}'s event failed so far. */
    synchronized int failures(String key) {
        Waiting w = byKey.get(key);
        return w == null ? 0 : w.attempts();
    }

    /** The delivery of {@code change} failed for {@code reason}: it waits, a longer pause each time. */
    synchronized Waiting failed(ObjectChange change, String reason) {
        Waiting before = byKey.get(change.key());
        int attempts = before == null ? 1 : before.attempts() + 1;
        Instant now = clock.instant();
        Waiting w = new Waiting(change, attempts, before == null ? now : before.since(), reason,
                now.plus(backoff.after(attempts)));
        byKey.put(change.key(), w);
        return w;
    }

    /** The event of {@code key} went through (or is no longer needed). Returns whether it was waiting. */
    synchronized boolean delivered(String key) {
        return byKey.remove(key) != null;
    }

    /** A store is back: every waiting event may go out on the next poll. */
    synchronized void allDueNow() {
        Instant now = clock.instant();
        byKey.replaceAll((key, w) -> new Waiting(w.change(), w.attempts(), w.since(), w.reason(), now));
    }

    /**
     * Removals for the waiting keys that are gone from the bucket and were never delivered: their first
     * delivery may have written part of an article before it failed, so the handler must hear of the deletion.
     */
    synchronized List<ObjectChange> vanished(Set<String> inBucket, Set<String> delivered) {
        List<ObjectChange> removals = new ArrayList<>();
        for (Waiting w : byKey.values()) {
            String key = w.change().key();
            if (!inBucket.contains(key) && !delivered.contains(key)) {
                removals.add(ObjectChange.removed(key, w.change().version()));
            }
        }
        return removals;
    }

    /** Forgets the waiting events whose key has nothing left to deliver (the object came back as delivered). */
    synchronized void retainOnly(Collection<String> keysWithChanges) {
        byKey.keySet().retainAll(Set.copyOf(keysWithChanges));
    }

    synchronized int size() {
        return byKey.size();
    }

    synchronized List<Waiting> waiting() {
        return List.copyOf(byKey.values());
    }

    /** Writes the waiting events to the file atomically; no file when none waits. */
    synchronized void save() throws IOException {
        if (byKey.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("waiting");
        for (Waiting w : byKey.values()) {
            ObjectVersion v = w.change().version();
            list.addObject()
                    .put("key", w.change().key())
                    .put("kind", w.change().kind().name())
                    .put("etag", v.etag())
                    .put("lastModified", v.lastModified().toString())
                    .put("size", v.size())
                    .put("attempts", w.attempts())
                    .put("since", w.since().toString())
                    .put("reason", w.reason())
                    .put("nextAttempt", w.nextAttempt().toString());
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The events waiting as the running (or last) mode saved them; none when there is no file. */
    public static List<Waiting> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        for (JsonNode n : JSON.readTree(file.toFile()).path("waiting")) {
            ObjectVersion v = new ObjectVersion(n.path("etag").asText(), Instant.parse(n.path("lastModified").asText()),
                    n.path("size").asLong());
            String key = n.path("key").asText();
            ObjectChange change = ObjectChange.Kind.valueOf(n.path("kind").asText()) == ObjectChange.Kind.WRITTEN
                    ? ObjectChange.written(key, v) : ObjectChange.removed(key, v);
            waiting.add(new Waiting(change, n.path("attempts").asInt(), Instant.parse(n.path("since").asText()),
                    n.path("reason").asText(), Instant.parse(n.path("nextAttempt").asText())));
        }
        return waiting;
    }
}
