package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PumpStateTest {

    @Test
    void startsEmptyWithoutAFile(@TempDir Path dir) throws Exception {
        PumpState state = PumpState.load(dir.resolve("none.json"));
        assertEquals(Map.of(), state.delivered());
        assertEquals(0, state.lastSequence());
    }

    @Test
    void survivesASaveAndLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pump/bucket.json");
        PumpState state = PumpState.load(file);
        ObjectVersion v = new ObjectVersion("abc", Instant.parse("2026-11-29T00:00:01Z"), 42);
        state.record(ObjectChange.written("a b/é+x.txt", v), 0x1234L);
        state.record(ObjectChange.written("gone.txt", v), 0x1235L);
        state.record(ObjectChange.removed("gone.txt", v), 0x1236L);
        state.save();

        PumpState again = PumpState.load(file);
        assertEquals(Map.of("a b/é+x.txt", v), again.delivered());
        assertEquals(0x1236L, again.lastSequence());
    }
}
