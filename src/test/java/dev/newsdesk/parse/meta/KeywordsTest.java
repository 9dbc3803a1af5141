package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void frequentWordsCountTitleWordsTwiceAndLeaveOutStopwordsNumbersAndShortWords() {
        String body = "With the Bridge closed, the ÉCOLE bus takes the ferry. With 2024 fares the Ferry costs more. "
                + "Bridge repairs start soon; the école waits. Tokyo 東京 ferry.";
        assertEquals(List.of("bridge", "ferry", "repairs", "école"), Keywords.of("Bridge repairs", body));
    }

    @Test
    void wordsWhoseLowerCaseMustBeBuiltCountWithTheSameWordTypedInLowerCase() {
        // a capital sigma lowers to the final sigma at a word's end: "ΛΙΜΑΝΙΑΣ" and "λιμανιας" are one word
        String body = "ΛΙΜΑΝΙΑΣ νερό. Το λιμανιας άνοιξε. Νερό στο λιμανιας.";
        assertEquals(List.of("λιμανιας", "νερό"), Keywords.of(null, body));
    }

    @Test
    void manyDistinctWordsInAShortTextKeepTheirCounts() {
        StringBuilder body = new StringBuilder("harbour ");
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'j'; b++) body.append("quay").append(a).append(b).append(' ');
        }
        body.append("harbour harbour");
        assertEquals(List.of("harbour"), Keywords.of(null, body.toString()));
    }

    @Test
    void readingCountsTheBodysWordsAsWordsCountDoesAndNotTheTitles() {
        String body = "Jean-Paul's ferry, 2024: 東京 fares rose. Ferry!";
        Keywords.Reading reading = Keywords.read("Ferry fares", body);
        assertEquals(Words.count(body), reading.words());
        assertEquals(List.of("ferry", "fares"), reading.keywords());
    }
}
