package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a reprocess run got to: the last key done, saved after every object (atomically, by rename), so that
 * Ctrl-C, a crash or a transient error lose nothing and the next run goes on after it. Removed when a run
 * completes, so the run after that (the next parser upgrade) starts from the beginning.
 *
 * @param prefix  the run's prefix ("" for the whole bucket); a run with another prefix does not resume this one
 * @param lastKey the last key reprocessed
 * @param done    how many objects were done in all, for the progress shown on resume
 */
record ReprocessCheckpoint(String bucket, String prefix, String lastKey, int done, String startedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code <dir>/reprocess-<bucket>.json}; a bucket name holds no path separator. */
    static Path file(Path dir, String bucket) {
        return dir.resolve("reprocess-" + bucket + ".json");
    }

    static Optional<ReprocessCheckpoint> load(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), ReprocessCheckpoint.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint " + file + " (remove it, or use --restart)", e);
        }
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + file, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
