package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The bench's helpers that decide what each extractor is given, on the kinds of input the corpus holds. */
class TrafilaturaEvalBenchTest {

    @Test
    void aPagesUrlIsItsBaseUri() {
        assertEquals("https://www.example.de/a/b.html", TrafilaturaEvalBench.baseUri("https://www.example.de/a/b.html "));
    }

    @Test
    void keysThatAreNoUsableUrlGetAPlaceholder() {
        // keys of the corpus: labels, a typo'd scheme, a URL with a space inside
        assertEquals("https://example.org/", TrafilaturaEvalBench.baseUri("hard::site.com-attacks.html"));
        assertEquals("https://example.org/", TrafilaturaEvalBench.baseUri("xhttps://www.zoo-berlin.de/de/"));
        assertEquals("https://example.org/", TrafilaturaEvalBench.baseUri("https://a.at/news artikel?x=1"));
    }

    @Test
    void onlyTheDevelopmentHalfIsRead() {
        // SHA-256 (sha256sum) of ".../c" starts with 3, of ".../b" with 8 (the first held-out digit)
        assertTrue(SnippetCorpus.isDevelopmentHalf("https://example.org/c"));
        assertFalse(SnippetCorpus.isDevelopmentHalf("https://example.org/b"));
    }

    @Test
    void theLanguageSampleTakesTheLongestParagraphsFirst() {
        var doc = Jsoup.parse("<p>Menu</p><p>Une phrase assez longue pour être la plus longue de la page.</p>"
                + "<p>Une phrase moyenne.</p>");
        String sample = TrafilaturaEvalBench.longestParagraphs(doc);
        assertTrue(sample.startsWith("Une phrase assez longue"), sample);
        assertTrue(sample.indexOf("Une phrase moyenne") < sample.indexOf("Menu"), sample);
    }
}
