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
    /**
     * Between the article's paragraphs, a pitch in the site's voice or in the imperative goes, as does a sign-up form's
     * promise; a story's sentence about subscribing stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Want more from the county? Subscribe to our weekly print edition.",
        "Become a member today and support our local journalism.",
        "No spam, we promise. You can unsubscribe at any time."})
    void dropsAPitchBetweenTheArticlesParagraphs(String pitch) throws RejectedFileException {
        String story = "Members of the residents' association can follow the works on its website, and the chairman"
                + " urged them to subscribe to its weekly bulletin and to support the shops on the river road.";
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        StringBuilder html = new StringBuilder("<html><body><div class=story>");
        for (int i = 0; i < paragraphs.length; i++) {
            html.append("<p>").append(paragraphs[i].strip()).append("</p>");
            if (i == 0) html.append("<p>").append(pitch).append("</p><p>").append(story).append("</p>");
        }
        html.append("</div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertFalse(body.contains(pitch), body);
        assertTrue(body.contains("urged them to subscribe to its weekly bulletin"), body);
        assertTrue(body.contains("over the coming months."), body);
    }
}
