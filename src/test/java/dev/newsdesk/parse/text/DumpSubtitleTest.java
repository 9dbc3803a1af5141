package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A second headline stacked between the headline and the text, which the text restates, opens the text. */
class DumpSubtitleTest {

    private static final String MENU = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\n";
    private static final String HEADLINE = "New ferry leaves the harbour for the island\n\n";
    private static final String TEXT = """
            Every morning at six, the ferry leaves the harbour for the island, and since Monday the crossing takes \
            twenty minutes instead of forty, thanks to the new boat the council bought last year.

            The old ferry will carry cars on weekends only, while the new one, built in a yard on the coast, can take \
            three hundred people on foot and sixty bicycles on every crossing.

            Islanders have asked for a faster crossing for years, the mayor said.
            """;
    private static final String SUBTITLE = "A faster link for commuters who cycle, with room for sixty bicycles";
    private static final String FOOTER = "\nShare this article\n\nAbout us\n\nContact\n\nImprint\n";

    @Test
    void aSubtitleTheTextRestatesOpensTheText() {
        String dump = MENU + HEADLINE + SUBTITLE + "\n\n" + TEXT + FOOTER;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith(SUBTITLE + "\n\nEvery morning at six"), body);
    }

    @Test
    void aTeasersHeadlineListedAgainBelowStaysOut() {
        String dump = MENU + HEADLINE + SUBTITLE + "\n\n" + TEXT
                + "\nMore news\n\n" + SUBTITLE + "\n\nA storm closes the harbour\n" + FOOTER;
        assertFalse(DumpBody.of(dump).startsWith(SUBTITLE), DumpBody.of(dump));
    }

    @Test
    void aCaptionWithItsCreditStaysOut() {
        String dump = MENU + HEADLINE + "The new ferry leaves the harbour for the island. Photo: Jane Doe\n\n" + TEXT
                + FOOTER;
        assertTrue(DumpBody.of(dump).startsWith("Every morning at six"), DumpBody.of(dump));
    }
}
