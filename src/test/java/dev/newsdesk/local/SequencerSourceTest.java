package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SequencerSourceTest {

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    @Test
    void isFixedWidthUpperCaseHex() {
        String s = new SequencerSource(at(1_700_000_000_000L), 0).next();
        assertEquals(SequencerSource.WIDTH, s.length());
        assertTrue(s.matches("[0-9A-F]+"), s);
    }

    @Test
    void risesWithinOneMillisecond() {
        SequencerSource seq = new SequencerSource(at(1_700_000_000_000L), 0);
        String a = seq.next();
        String b = seq.next();
        assertTrue(b.compareTo(a) > 0, a + " then " + b);
    }

    @Test
    void keepsRisingAcrossARestartEvenIfTheClockWentBack() {
        SequencerSource before = new SequencerSource(at(1_800_000_000_000L), 0);
        String last = before.next();
        SequencerSource after = new SequencerSource(at(1_700_000_000_000L), before.last());
        assertTrue(after.next().compareTo(last) > 0);
    }

    @Test
    void keepsRisingAcrossARestartThatLostItsState() {
        String last = new SequencerSource(at(1_700_000_000_000L), 0).next();
        assertTrue(new SequencerSource(at(1_700_000_000_001L), 0).next().compareTo(last) > 0);
    }
}
