package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.newsdesk.parse.text.TitleOverTheGapTest.FOOTER;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.HEADLINE;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.MENU;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.TEXT;

import org.junit.jupiter.api.Test;

/**
 * A line of the site's chrome between a dump's headline and its text is never the title ({@link TitleChrome},
 * {@link ShareButtons}): a copied link's notice, a video player's, a link's warning, a breadcrumb trail, the
 * networks' buttons, the navigation's, a stock's change. A share bar of such lines and the byline right over the
 * text do not use up the lines the headline is sought in.
 */
class ChromeOverTheHeadlineTest {

    /** Headlines that open or end as chrome does, or hold its words or marks. */
    private static final String[] HEADLINES_LIKE_CHROME = {"Watch the harbour bridge come down live",
            "»Wir bleiben« – Hafenarbeiter streiken weiter", "Facebook and the harbour: a council's new page",
            "Category errors in the harbour budget", "You are here for the bridge, not the ferry",
            "Skip the ferry: the bridge reopens in spring", "Print: the harbour bridge that engineers cannot save",
            "Price > value: the harbour's new ferries", "Bridges >> ferries: why the harbour's sums changed"};

    @Test
    void chromeByItsShapeOrWordsIsNeverTheTitle() {
        for (String line : new String[] {"Copy Link URLCopied!", "Der Link wurde kopiert",
                "Media playback is unsupported on your device", "Watch Harbour TV Live",
                "Media captionEngineers inspect the cracked supports",
                "These are external links and will open in a new window", "Externe Links öffnen in einem neuen Fenster",
                "You are here: HomeNewsLocalTraffic", "NEWS > Local > Traffic and Transport",
                "Home ›› Local ›› Traffic", "harbourgazette.example › Local", "Whatsapp Facebook Pint Download",
                "Share this with WhatsApp", "Feed Twitter Facebook Youtube", "Auf Facebook teilen Auf WhatsApp teilen",
                "Toggle navigation", "skip to main | skip to sidebar", "MENÜ Menü schließen", "-1.41%",
                "https://harbourgazette.example/local/bridge-closed"}) {
            assertTrue(TitleChrome.is(line) || ShareButtons.are(line), line);
        }
    }

    @Test
    void aHeadlineShapedLikeChromeIsNone() {
        for (String headline : HEADLINES_LIKE_CHROME) {
            assertFalse(TitleChrome.is(headline) || ShareButtons.are(headline), headline);
        }
    }

    @Test
    void aShareBarAndTheBylineDoNotHideTheHeadline() {
        StringBuilder bar = new StringBuilder("smaller\n\nLarger\n\n");
        for (int i = 0; i < 3; i++) bar.append("facebook\n\ntwitter\n\ngoogle plus\n\nlinked in\n\nEmail\n\nPrint\n\n");
        String dump = MENU + HEADLINE + "\n\nArticle\n\n" + bar + "By Jane Doe\n\n" + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineShapedLikeChromeStaysTheTitle() {
        for (String headline : HEADLINES_LIKE_CHROME) {
            assertEquals(headline, TextDumpReader.read(MENU + headline + "\n\n" + TEXT + FOOTER).title());
        }
    }
}
