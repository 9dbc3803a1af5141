package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Thai writes no full stop: the period after a Thai letter closes an abbreviation, such as a dateline's hour. */
class SentenceEndsTest {

    @Test
    void aThaiDatelineEndingWithTheHoursAbbreviationEndsNoSentence() {
        assertFalse(SentenceEnds.endsText("โดย กองบรรณาธิการ | 8 ธันวาคม 2569 14:20 น.", ""));
    }

    @Test
    void aPeriodAfterALatinWordOrANumberStillEndsOne() {
        assertTrue(SentenceEnds.endsText("The council met on Tuesday.", ""));
        assertTrue(SentenceEnds.endsText("ราคาน้ำมันลดลง 2.", ""));
    }

    @Test
    void aPeriodAfterAThaiDigitEndsOne() {
        assertTrue(SentenceEnds.endsText("เหตุการณ์นี้เกิดขึ้นเมื่อปี ๒๕๖๙.", ""));
    }

    @Test
    void theKhmerStopsEndOne() {
        assertTrue(SentenceEnds.endsText("រដ្ឋាភិបាលបានអនុម័តថវិកាថ្មី។", ""));
        assertTrue(SentenceEnds.endsText("រដ្ឋាភិបាលបានអនុម័តថវិកាថ្មី៕", ""));
    }
}
