package dev.newsdesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the event pump has already told the ingest handler about: the bucket as last delivered (key → version)
 * and the last sequencer. Kept in a JSON file so a restart neither replays old uploads nor misses the ones
 * made while the pump was down.
 */
final class PumpState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, ObjectVersion> delivered;
    private long lastSequence;

    private PumpState(Path file, Map<String, ObjectVersion> delivered, long lastSequence) {
        this.file = file;
        this.delivered = delivered;
        this.lastSequence = lastSequence;
    }

    /** Reads the state saved in {@code file}, or an empty state (nothing delivered yet) if there is none. */
    static PumpState load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new PumpState(file, new TreeMap<>(), 0);
        }
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, ObjectVersion> objects = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("objects").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            objects.put(e.getKey(), new ObjectVersion(v.path("etag").asText(),
                    Instant.parse(v.path("lastModified").asText()), v.path("size").asLong()));
        }
        return new PumpState(file, objects, Long.parseUnsignedLong(root.path("lastSequencer").asText("0"), 16));
    }

    /** The bucket as the handler last heard of it (a copy). */
    synchronized Map<String, ObjectVersion> delivered() {
        return new TreeMap<>(delivered);
    }

    synchronized long lastSequence() {
        return lastSequence;
    }

    /** Records that the handler was told about {@code change}. */
    synchronized void record(ObjectChange change, long sequence) {
        if (change.kind() == ObjectChange.Kind.WRITTEN) {
            delivered.put(change.key(), change.version());
        } else {
            delivered.remove(change.key());
        }
        lastSequence = Math.max(lastSequence, sequence);
    }

    /** Writes the state to its file atomically (a crash leaves the old file or the new one, never half). */
    synchronized void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("lastSequencer", SequencerSource.format(lastSequence));
        ObjectNode objects = root.putObject("objects");
        delivered.forEach((key, v) -> objects.putObject(key)
                .put("etag", v.etag())
                .put("lastModified", v.lastModified().toString())
                .put("size", v.size()));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
