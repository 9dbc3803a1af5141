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
}
