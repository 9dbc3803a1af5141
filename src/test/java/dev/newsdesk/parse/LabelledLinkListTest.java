package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The story's list of links under a label of its own (its sources, a file it offers) is the story's; a list of the
 * site's own stories, a share bar and the story itself offered as a file are not.
 */
class LabelledLinkListTest {

    private static final String STORY = """
            <p>The regional museum has named a new director, who will take up the post in April and lead the \
            renovation of its east wing over the next two years.</p>
            <p>The new director has worked in museums for fifteen years and said she wanted to open the collection \
            to schools, with free visits for every class in the region.</p>
            <p>The board thanked the staff for their patience during the search and said the renovation would go \
            ahead as planned, with the east wing closed from the summer.</p>""";

    @Test
    void keepsSourcesAndFilesUnderTheStorysLabel() throws RejectedFileException {
        String body = story("<p>Sources:</p><ul><li><a href=\"https://www.museum-association.org/report.html\">"
                + "Annual report of the museum association</a></li><li><a href=\"/files/east-wing-plan.pdf\">"
                + "Renovation plan for the east wing</a></li></ul>");
        assertTrue(body.contains("Annual report of the museum association"), body);
        assertTrue(body.contains("Renovation plan for the east wing"), body);
    }

    @Test
    void leavesTheSitesOwnStoriesUnderALabel() throws RejectedFileException {
        String body = story("<p>From our newsroom:</p><ul><li><a href=\"https://example.com/news/budget\">Council "
                + "agrees on the budget</a></li><li><a href=\"https://example.com/news/bridge\">The old bridge "
                + "reopens</a></li></ul>");
        assertFalse(body.contains("Council agrees on the budget"), body);
    }

    @Test
    void leavesAShareBarUnderALabel() throws RejectedFileException {
        String body = story("<p>Pass it on:</p><ul><li><a href=\"https://www.facebook.com/sharer.php?u=x\">"
                + "Facebook</a></li><li><a href=\"https://twitter.com/intent/tweet?url=x\">Twitter</a></li></ul>");
        assertFalse(body.contains("Facebook"), body);
    }

    @Test
    void leavesTheStoryItselfOfferedAsAFile() throws RejectedFileException {
        String body = story("<h3>Download</h3><ul><li><a href=\"https://files.example.net/director.pdf\">Museum "
                + "names a new director (PDF, 120 KB)</a></li></ul>");
        assertFalse(body.contains("120 KB"), body);
    }

    private static String story(String after) throws RejectedFileException {
        String html = "<html lang=en><head><title>Museum names a new director</title>"
                + "<link rel=canonical href=\"https://example.com/news/museum\"></head><body><nav><a href=/>"
                + "Home</a> <a href=/news>News</a></nav><article><h1>Museum names a new director</h1>" + STORY
                + after + "</article><footer><p>All rights reserved.</p></footer></body></html>";
        return parse(html, "story.html").body();
    }
}
