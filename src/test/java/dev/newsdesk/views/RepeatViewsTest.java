package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One reader counts an article once per window; anyone else, any other article, any later window counts. */
class RepeatViewsTest {

    private static final Instant T = Instant.parse("2026-12-02T10:05:00Z");
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Safari/604.1";

    private final RepeatViews repeats = new RepeatViews(Duration.ofMinutes(30));

    @Test
    void aReadersSecondReadOfAnArticleInTheWindowDoesNotCount() {
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
        assertFalse(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T.plusSeconds(60)));
        assertFalse(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T.plus(Duration.ofMinutes(24))));
    }

    @Test
    void anotherAddressAnotherBrowserOrAnotherArticleCounts() {
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
        assertTrue(repeats.firstInWindow("198.51.100.4", FIREFOX, "a-story", T));
        assertTrue(repeats.firstInWindow("203.0.113.7", SAFARI, "a-story", T));
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "another-story", T));
    }

    @Test
    void theNextWindowCountsAgain() {
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", Instant.parse("2026-12-02T10:30:00Z")),
                "windows are aligned on the clock: 10:00-10:30, 10:30-11:00");
    }

    @Test
    void aReaderWithoutAddressOrUserAgentIsStillOneReader() {
        assertTrue(repeats.firstInWindow(null, null, "a-story", T));
        assertFalse(repeats.firstInWindow(null, null, "a-story", T));
    }

    @Test
    void pastItsCapacityTheOldestReaderIsForgottenAndCountsAgain() {
        RepeatViews small = new RepeatViews(Duration.ofMinutes(30), 3);
        for (int i = 0; i < 4; i++) assertTrue(small.firstInWindow("203.0.113." + i, FIREFOX, "a-story", T));
        assertTrue(small.firstInWindow("203.0.113.0", FIREFOX, "a-story", T), "forgotten: memory stays bounded");
        assertFalse(small.firstInWindow("203.0.113.3", FIREFOX, "a-story", T));
    }

    @Test
    void aZeroWindowCountsEveryRead() {
        RepeatViews off = new RepeatViews(Duration.ZERO);
        assertTrue(off.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
        assertTrue(off.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
    }

    @Test
    void aRestoredInstanceRemembersNothingFromTheSnapshot() {
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
        repeats.restored();
        assertTrue(repeats.firstInWindow("203.0.113.7", FIREFOX, "a-story", T));
    }
}
