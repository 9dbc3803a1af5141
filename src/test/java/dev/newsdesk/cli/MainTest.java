package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void benchWithoutANameIsAUsageError() {
        assertEquals(2, Main.bench(List.of()));
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        assertEquals(2, Main.bench(List.of("no-such")));
    }

    @Test
    void aBenchmarkIsFoundByItsName() {
        // dev.newsdesk.bench.ExtractionBench exists on the test class path; without a directory it prints its
        // usage and exits, so only its lookup is checked here, through the class name Main derives.
        assertEquals("dev.newsdesk.bench.ExtractionBench", Main.benchClass("extraction"));
    }
}
