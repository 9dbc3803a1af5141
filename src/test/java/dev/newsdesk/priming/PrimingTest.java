package dev.newsdesk.priming;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The hook itself: it runs the work it was given and logs the outcome, and a failure of the work is logged, never
 * thrown (a snapshot without priming still works). What each function's work checks is tested with the functions.
 */
class PrimingTest {

    @Test
    void runRunsTheWorkAndLogsThatItPrimed() {
        AtomicInteger runs = new AtomicInteger();
        String log = stdoutOf(() -> Priming.register("test", runs::incrementAndGet, () -> { }).run());
        assertEquals(1, runs.get());
        assertTrue(log.startsWith("{\"event\":\"priming\",\"function\":\"test\",\"result\":\"primed\",\"millis\":"),
                log);
    }

    @Test
    void runLogsAFailureAndDoesNotThrow() {
        Priming priming = Priming.register("test", () -> {
            throw new IllegalStateException("priming: sample.txt was failed");
        }, () -> { });
        String log = stdoutOf(() -> assertDoesNotThrow(priming::run));
        assertTrue(log.contains("\"result\":\"priming failed: IllegalStateException\""), log);
    }

    @Test
    void afterRestoreRunsWhatTheFunctionRenewsAndNotThePriming() {
        AtomicInteger primed = new AtomicInteger();
        AtomicInteger renewed = new AtomicInteger();
        Priming priming = Priming.register("test", primed::incrementAndGet, renewed::incrementAndGet);
        priming.afterRestore(null);
        assertEquals(0, primed.get());
        assertEquals(1, renewed.get());
    }

    @Test
    void theSamplesAreBundled() {
        Samples.NAMES.forEach(name -> assertTrue(Samples.all().get(name).length > 0, name));
    }

    @Test
    void aRevisionMarksTheLongestLineBeforeItsLastFullStop() {
        byte[] sample = "Title\nA paragraph. The longest line of all.\nEnd.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Title\nA paragraph. The longest line of all (revision 3).\nEnd.\n",
                new String(Samples.revision(sample, 3), StandardCharsets.UTF_8));
    }

    @Test
    void aRevisionOfEachSampleDiffersFromIt() {
        Samples.NAMES.forEach(name -> assertTrue(new String(Samples.revision(Samples.all().get(name), 1),
                StandardCharsets.UTF_8).contains("(revision 1)"), name));
    }

    private static String stdoutOf(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
