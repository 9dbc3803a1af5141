package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The label of a box of other articles set inside the article ("Read also", "Explore further"), alone on its line
 * with its teasers as links under it, is not the article's; the prose around it is.
 */
class SeeAlsoLabelTest {

    @ParameterizedTest
    @ValueSource(strings = {"Read also", "See also:", "Explore further", "Lesen Sie auch", "Auch interessant:",
        "Mehr Themen:", "Zobacz także", "Leggi anche", "Lesetipp", "Mehr zum Thema Verkehr:",
        "Diese Artikel könnten euch auch interessieren:", "Artikel und Videos zum Thema", "Related news",
        "You may also be interested in:"})
    void dropsTheLabelOfABoxOfOtherArticles(String label) throws RejectedFileException {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><div class=story><p>" + paragraphs[0].strip() + "</p><p>" + paragraphs[1].strip()
                + "</p><div class=box><p><strong>" + label + "</strong></p><ul><li><a href=/a>Council opens the new "
                + "library on the river</a></li><li><a href=/b>Bridge repairs to start in the spring</a></li></ul>"
                + "</div><p>" + paragraphs[2].strip() + "</p></div></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains(label.replace(":", "")), body);
        assertTrue(body.contains(paragraphs[2].strip()), body);
    }
}
