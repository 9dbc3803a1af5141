package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsdesk.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A post's metadata line ("postmetadata", "metadata") and a picture's description ("image-description",
 * "Bildunterschrift") are named so by their templates and stand inside the article's element: not its text.
 */
class MetadataAndCaptionNamesTest {

    private static final String FILED = "This entry was posted on Wednesday, March 4th, 2020 at 10:15 and is filed "
            + "under City News. You can follow any responses to this entry through the feed.";
    private static final String DESCRIPTION = "The council hall during the vote on the budget late on Tuesday evening.";

    @Test
    void leavesThePostMetadataLineUnderAPost() throws RejectedFileException {
        String body = parse(story("<p class='postmetadata alt'>" + FILED + "</p>"), "a.html").body();
        assertFalse(body.contains("filed under"), body);
    }

    @Test
    void leavesAMetadataBoxUnderAPost() throws RejectedFileException {
        String body = parse(story("<div class=metadata><p>" + FILED + "</p></div>"), "a.html").body();
        assertFalse(body.contains("filed under"), body);
    }

    @Test
    void leavesAnImageDescriptionButKeepsThePicture() throws RejectedFileException {
        var article = parse(story("<div><img src=https://cdn.example/hall.jpg width=700><p class=image-description>"
                + DESCRIPTION + "</p></div>"), "a.html");
        assertEquals(List.of("https://cdn.example/hall.jpg"), article.blocks().stream()
                .filter(b -> b.type() == Block.Type.IMAGE).map(Block::url).toList());
        assertFalse(article.body().contains(DESCRIPTION), article.body());
    }

    @Test
    void leavesABildunterschrift() throws RejectedFileException {
        String body = parse(story("<p class=bildunterschrift>" + DESCRIPTION + "</p>"), "a.html").body();
        assertFalse(body.contains(DESCRIPTION), body);
    }

    /** The article's paragraphs with {@code extra} between the second and the third. */
    private static String story(String extra) {
        String[] paragraphs = ENGLISH_PROSE.split("\n\n");
        StringBuilder html = new StringBuilder("<html lang=en><body><div class=entry>");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i == paragraphs.length - 1) html.append(extra);
            html.append("<p>").append(paragraphs[i].strip()).append("</p>");
        }
        return html.append("</div></body></html>").toString();
    }
}
