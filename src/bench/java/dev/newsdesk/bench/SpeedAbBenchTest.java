package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedAbBenchTest {

    @TempDir
    Path dir;

    @Test
    void wrongArgumentsAreAUsageError() {
        var e = assertThrows(IllegalArgumentException.class, () -> SpeedAbBench.main(new String[] {"dir", "5"}));
        assertTrue(e.getMessage().startsWith("usage: speedAB"), e.getMessage());
    }

    @Test
    void aFolderWithoutTheParserIsNamedInTheError() throws Exception {
        // checked before any page is read
        Path empty = Files.createDirectories(dir.resolve("classes"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> SpeedAbBench.main(new String[] {dir.toString(), "1", empty.toString(), empty.toString()}));
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("target/classes"),
                e.getMessage());
    }
}
