package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Inputs built to hurt: deep nesting and huge lines end in an article or a clean refusal, never in a hang. */
class HostileInputTest {

    /**
     * A guard against a hang, not a speed test: each input costs about 1.5 s of CPU, but on a machine shared by many
     * builds that took over 20 s of wall time.
     */
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    @Test
    void survivesHtmlNestedAHundredThousandLevels() {
        String html = "<div>".repeat(100_000) + "<p>" + ENGLISH_PROSE + "</p>" + "</div>".repeat(100_000);
        var a = assertTimeoutPreemptively(GENEROUS, () -> ParserTestSupport.parse(html, "deep.html"));
        assertTrue(a.body().contains("city council approved"));
    }

    @Test
    void survivesAFiveMegabyteSingleLine() {
        String line = "word ".repeat(1_000_000);
        var a = assertTimeoutPreemptively(GENEROUS, () -> ParserTestSupport.parse(line, "line.txt"));
        assertTrue(a.wordCount() >= 1_000_000);
    }

    @Test
    void survivesAFiveMegabyteParagraphOfHtml() {
        String html = "<html><body><p>" + "A sentence, with a comma. ".repeat(200_000) + "</p></body></html>";
        var a = assertTimeoutPreemptively(GENEROUS, () -> ParserTestSupport.parse(html, "big.html"));
        assertTrue(a.wordCount() > 500_000);
    }

    @Test
    void refusesJsonNestedTooDeep() {
        String json = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertThrows(RejectedFileException.class, () -> assertTimeoutPreemptively(GENEROUS,
                () -> ParserTestSupport.PARSER.parse(json.getBytes(StandardCharsets.UTF_8), "deep.json")));
    }
}
