package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** A forum thread's posts are its article, the one-line replies as much as the long ones. */
class ForumThreadTest {

    private static String post(String author, String text) {
        return "<tr><td class=\"author\"><a href=\"/u/" + author + "\">" + author + "</a></td>"
                + "<td class=\"cell\"><div class=\"post-text\">" + text + "</div>"
                + "<div class=\"sig\">Sent from my garden shed</div></td></tr>";
    }

    /** An opening post of short lines, long replies, and one-line replies between them. */
    @Test
    void keepsTheShortPostsOfAThreadBesideItsLongOnes() throws Exception {
        String thread = "<table class=\"posts\">"
                + post("marta", "Finally finished the raised bed<br><br>Timber from the old shed<br><br>Have fun")
                + post("olek", "That looks great. How deep did you dig before you laid the cardboard down, and did"
                        + " you mix any compost into the topsoil, or did you leave it as it came from the field?")
                + post("marta", "Thanks!")
                + post("jan", "We did the same last spring, and the trick is to soak the cardboard first, then to"
                        + " pile the leaves on top while it is still wet, so that the worms find it sooner.")
                + post("olek", "Good to know")
                + post("marta", "About thirty centimetres, and yes, a bag of compost for every square metre, which"
                        + " was the most expensive part of the whole bed, more than the timber for its frame.")
                + "</table>";
        String page = "<html><head><title>Our raised bed</title></head><body><nav><a href=/>Forum</a>"
                + " <a href=/garden>Garden</a></nav><h1>Our raised bed</h1>" + thread
                + "<footer><a href=/rules>Rules</a></footer></body></html>";
        ArticleContent a = parse(page, "thread.html");
        assertTrue(a.body().startsWith("Finally finished the raised bed"), a.body());
        assertTrue(a.body().contains("Thanks!"), a.body());
        assertTrue(a.body().contains("Good to know"), a.body());
        assertTrue(a.body().contains("the most expensive part"), a.body());
        assertFalse(a.body().contains("garden shed"), a.body());
    }
}
