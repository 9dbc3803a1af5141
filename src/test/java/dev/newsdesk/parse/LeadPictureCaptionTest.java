package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A lead picture's caption between the headline and the story is the picture's, not the article's standfirst: known
 * as the only text of a box that shows the picture above it. A lead set above a picture in its box stays, and so
 * does a standfirst under the headline that speaks of a photo. Pages in {@code src/test/resources/pages}.
 */
class LeadPictureCaptionTest {

    private static final String CAPTION = "In this Jan. 4, 2019, file photo, a ferry leaves the harbour";
    private static final String STORY = "PORTSMOUTH -- The ferry to the islands sailed again on Monday";

    private static String page(String name) throws IOException {
        try (InputStream in = LeadPictureCaptionTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String html) throws RejectedFileException {
        return ParserTestSupport.PARSER.parse(html.getBytes(StandardCharsets.UTF_8), "story.html").body();
    }

    @Test
    void leavesOutAWirePhotoCaptionInThePicturesBox() throws Exception {
        String body = body(page("wire-photo-caption.html"));
        assertTrue(body.startsWith(STORY), body);
        assertFalse(body.contains(CAPTION), body);
    }

    @Test
    void knowsTheCaptionByThePicturesBoxWithoutACredit() throws Exception {
        String body = body(page("wire-photo-caption.html").replace(" (AP Photo/Jane Roe, File)", ""));
        assertTrue(body.startsWith(STORY), body);
    }

    @Test
    void keepsALeadSetAboveItsPictureInOneBox() throws Exception {
        String img = "<img src=\"/pictures/ferry.jpg\" alt=\"Ferry\" width=\"620\" height=\"349\">";
        String html = page("wire-photo-caption.html").replace(img, "").replace("(AP Photo/Jane Roe, File)</p>",
                "(AP Photo/Jane Roe, File)</p>" + img);
        assertTrue(body(html).startsWith(CAPTION), body(html));
    }

    @Test
    void keepsAStandfirstUnderTheHeadlineThatSpeaksOfAPhoto() throws Exception {
        String body = body(page("photo-standfirst.html"));
        assertTrue(body.startsWith("The oldest photo in the new exhibition was taken in 1921"), body);
        assertTrue(body.contains("entry is free for children."), body);
    }
}
