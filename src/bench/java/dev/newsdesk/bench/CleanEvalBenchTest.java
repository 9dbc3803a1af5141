package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a CleanEval-format gold text becomes a ground truth. */
class CleanEvalBenchTest {

    @Test
    void theGoldLosesItsAddressLineAndItsMarks() {
        String gold = "URL: http://example.org/news/1\n<h>Council votes\n \n<p>The council met on\n Tuesday.\n\n"
                + "<l>First item\n<p>Residents came.\n";
        assertEquals("Council votes\n\nThe council met on Tuesday.\n\nFirst item\n\nResidents came.",
                CleanEvalBench.body(gold));
    }

    @Test
    void entitiesInTheGoldAreDecoded() {
        assertEquals("the BBC's David & Co", CleanEvalBench.body("<p>the BBC&#039;s David &amp; Co\n"));
    }

    @Test
    void aGoldWithoutAnAddressLineKeepsItsFirstLine() {
        assertEquals("Council votes", CleanEvalBench.body("<h>Council votes\n"));
    }

    @Test
    void aPagesIdIsItsFileNameWithoutTheExtension() {
        assertEquals("bbc.co.uk_news_01", CleanEvalBench.id("bbc.co.uk_news_01.html"));
    }
}
