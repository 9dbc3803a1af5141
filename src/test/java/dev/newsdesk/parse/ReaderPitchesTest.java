package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line under the article that pitches the site to its reader (its apps, a subscription for the full story, its
 * channel on a network) is not the article's, though it stands in the article's element as a paragraph.
 */
class ReaderPitchesTest {

    @ParameterizedTest
    @ValueSource(strings = {"For breaking news as it happens, download the Daily Example apps for iOS and Android.",
        "Subscribe now to our print edition for the full story.",
        "To read the full article, please subscribe to the Daily Example.",
        "Follow us on Telegram for the headlines of the day."})
    void dropsAPitchUnderTheArticle(String pitch) throws RejectedFileException {
        StringBuilder html = new StringBuilder("<html><body><div class=story>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        html.append("<p>").append(pitch).append("</p></div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertFalse(body.contains(pitch), body);
        assertTrue(body.contains("over the coming months."), body);
    }

    /**
     * A box the template names for what it is: a call to action ("cta": write to the editor) or a recirculation
     * module (more of the site's columns), a long sentence each, inside the article's element.
     */
    @ParameterizedTest
    @ValueSource(strings = {"c-letters-cta", "wp-block-recirculation-box"})
    void dropsABoxNamedAsACallToActionOrRecirculation(String name) throws RejectedFileException {
        String box = "We would like to hear what you think about this story, so write a letter to our editors, who"
                + " read every one and publish a selection of them each weekend in the print edition.";
        StringBuilder html = new StringBuilder("<html><body><div class=story>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        html.append("<section class=\"").append(name).append("\"><p>").append(box).append("</p></section>")
                .append("</div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertFalse(body.contains("write a letter to our editors"), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
