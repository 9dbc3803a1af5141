package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Browsers no longer run plug-ins, so an {@code <object>} shows its fallback content: a video post's lead written
 * as the caption of the player's still, above the post's text, is what the reader sees and the article's.
 */
class ObjectFallbackTest {

    private static final String LEAD = "The mayor explains on camera why the old bridges must be rebuilt before winter, "
            + "and what the works will cost the city's households next year.";

    @Test
    void readsTheLeadInAPlayersFallbackContent() throws RejectedFileException {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><div class=post>"
                + "<h1 class=entry-title>Bridges to be rebuilt</h1><div class=player>"
                + "<object width=600 height=340 data=/player.swf type=application/x-shockwave-flash>"
                + "<param name=movie value=/player.swf><param name=allowFullScreen value=true>"
                + "<div class=still><img src=/still.jpg width=600 height=340></div>"
                + "<div class=lead-box><p class=summary>" + LEAD + "</p></div></object></div><div class=entry-content>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        html.append("</div></div><footer>© The City Paper</footer></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertTrue(body.startsWith(LEAD), body);
    }
}
