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
    /** A reply quoting an earlier post frames the quote in an aside inside the post's own blockquote. */
    @Test
    void keepsTheQuoteAReplyFramesInAnAside() throws Exception {
        String reply = "<li class=\"message\"><div class=\"user\">olek</div><article>"
                + "<blockquote class=\"message-text\"><div class=\"bb-quote\"><aside>"
                + "<div class=\"attribution\">Quote from marta:</div><blockquote class=\"quote-box\">"
                + "<div>Should the cardboard go under the compost or over it, and does it need soaking first?</div>"
                + "</blockquote></aside></div>Under it, and soak it well: the worms find wet cardboard much sooner,"
                + " and the weeds below it give up within a few weeks of darkness.</blockquote></article></li>";
        String opening = "<li class=\"message\"><div class=\"user\">marta</div><article>"
                + "<blockquote class=\"message-text\">We are building a raised bed on the old lawn this spring,"
                + " with timber from the shed and a load of compost from the farm down the road.</blockquote>"
                + "</article></li>";
        String page = "<html><head><title>Raised bed on a lawn</title></head><body><h1>Raised bed on a lawn</h1>"
                + "<ol class=\"messages\">" + opening + reply + "</ol>"
                + "<aside><h3>Popular threads</h3><p>Which tomatoes ripen first in a cold summer, and why?</p>"
                + "</aside></body></html>";
        ArticleContent a = parse(page, "thread.html");
        assertTrue(a.body().contains("Should the cardboard go under the compost"), a.body());
        assertTrue(a.body().contains("Under it, and soak it well"), a.body());
        assertFalse(a.body().contains("Which tomatoes ripen first"), a.body());
    }

    /**
     * A reply's quote names whose words it quotes in a linked line over them ("marta wrote:"), in a cite at the top
     * of the blockquote (with the quoted post's date in a box of its own) or in a header named for it over the
     * quote's box: the line is the reply's, or the quoted words read as the replier's own.
     */
    @Test
    void keepsTheLineThatSaysWhoseWordsAReplyQuotes() throws Exception {
        String question = "Should the cardboard go under the compost or over it, and does it need soaking first?";
        String answer = "Under it, and soak it well: the worms find wet cardboard much sooner, and the weeds"
                + " below it give up within a few weeks of darkness.";
        String cited = "<blockquote><div><cite><a href=\"/u/marta\">marta</a> wrote: <a href=\"#p1\">↑</a>"
                + "<div class=\"when\">Sun Sep 01, 2019 8:05 pm</div></cite>" + question + "</div></blockquote>"
                + answer;
        String headed = "<div class=\"quoteheader\"><a href=\"#p2\">Quote from: olek on September 01, 2019,"
                + " 09:30:06 PM</a></div><div class=\"quote\">" + answer + "</div>Thanks, that saves me a"
                + " trip to the farm: the cardboard from the move has been waiting in the shed for a month now.";
        String page = "<html><head><title>Raised bed on a lawn</title></head><body><h1>Raised bed on a lawn</h1>"
                + "<div class=\"posts\"><div class=\"post\"><div class=\"author\">marta</div><div class=\"content\">"
                + "We are building a raised bed on the old lawn this spring, with timber from the shed and a load of"
                + " compost from the farm down the road. " + question + "</div></div>"
                + "<div class=\"post\"><div class=\"author\">olek</div><div class=\"content\">" + cited
                + "</div></div><div class=\"post\"><div class=\"author\">marta</div><div class=\"content\">"
                + headed + "</div></div></div><footer><a href=/rules>Rules</a></footer></body></html>";
        ArticleContent a = parse(page, "thread.html");
        assertTrue(a.body().contains("marta wrote:"), a.body());
        assertTrue(a.body().contains("Quote from: olek on September 01, 2019"), a.body());
        assertTrue(a.body().contains("Thanks, that saves me a trip"), a.body());
    }
}
