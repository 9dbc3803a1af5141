package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerTest {

    @Test
    void comparesByValueWhateverTheLength() {
        assertTrue(Sequencer.of("0055AED6DCD90281E5").isAfter(Sequencer.of("55AED6DCD90281E4")));
        assertTrue(Sequencer.of("100").isAfter(Sequencer.of("FF")), "a longer sequencer is a larger number");
        assertEquals(Sequencer.of("00ff"), Sequencer.of("FF"), "case and leading zeros do not matter");
    }

    @Test
    void aMissingOrMalformedSequencerComesFirst() {
        assertTrue(Sequencer.of("1").isAfter(Sequencer.of(null)));
        assertTrue(Sequencer.of("1").isAfter(Sequencer.of("not hex")));
        assertEquals(32, Sequencer.of("").value().length());
    }
}
