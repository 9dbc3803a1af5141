package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A paywall's notice that a page sets as a paragraph of the article's element ("If you’re already a subscriber, log
 * in to read on") is the site's, not the story's; the story's own sentence about subscribers stays.
 */
class SubscriberNoticeTest {

    private static final String OWN_SENTENCE = "The local paper lost a third of its subscribers when the bridges "
            + "closed, its editor said, and hopes that the repairs bring some of its readers back next year.";

    @ParameterizedTest
    @ValueSource(strings = {"If you’re already a subscriber, you can log in to read the whole story.",
        "This story is available only to subscribers.", "Sie sind bereits Abonnent? Hier anmelden."})
    void dropsThePaywallNoticeAmongTheParagraphs(String notice) throws RejectedFileException {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><article><h1>Bridges to be repaired</h1><p>" + paragraphs[0].strip() + "</p><p>"
                + notice + "</p><p>" + OWN_SENTENCE + "</p><p>" + paragraphs[1].strip() + "</p><p>"
                + paragraphs[2].strip() + "</p></article></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains(notice), body);
        assertTrue(body.contains(OWN_SENTENCE) && body.contains(paragraphs[2].strip()), body);
    }

    @Test
    void dropsTheOffersSetAsParagraphsUnderANoticeThatEndsTheFreePart() throws RejectedFileException {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        String offer = "When you join the Courier family, you will get unlimited digital access to the reporting on "
                + "our valley that you will not find anywhere else, and we have been at it for twenty years.";
        String gift = "First-time members also receive a welcome gift made by local artisans, so do it for your town.";
        String html = "<html><body><article><h1>Bridges to be repaired</h1><p>" + paragraphs[0].strip() + "</p><p>"
                + paragraphs[1].strip() + "</p><p>" + OWN_SENTENCE + "</p>"
                + "<p>To view the full story, please subscribe to the Courier.</p><p>" + offer + "</p><p>" + gift
                + "</p><p>If you’re already a subscriber, you can log in for access to this story.</p>"
                + "</article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains(paragraphs[1].strip()) && body.contains(OWN_SENTENCE), body);
        assertFalse(body.contains("full story") || body.contains("Courier family") || body.contains("gift"), body);
    }
}
