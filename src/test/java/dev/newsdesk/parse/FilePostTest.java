package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.parse.RejectedFileException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A post whose whole body is the file it shares (a worksheet linked under its headline) is read as that one line, with
 * the day the page gives it; a page linking several documents, one outside its headline's box, or none stays refused.
 */
class FilePostTest {

    private static final String HEAD = "<html><head><title>Giving advice | Class blog</title>"
            + "<meta property=og:title content=\"Giving advice\">"
            + "<meta property=article:published_time content=\"2008-12-31T17:47:32+00:00\"></head><body>"
            + "<div id=page><div id=header><h1><a href=/>Class blog</a></h1><ul><li><a href=/a1/>A1</a></li>"
            + "<li><a href=/a2/>A2</a></li><li><a href=/about/>About us</a></li></ul></div>";
    private static final String FOOT = "<div id=footer><p>A blog of the spring class</p></div></div></body></html>";

    @Test
    void readsAPostWhoseBodyIsTheFileItShares() throws RejectedFileException {
        var article = parse(HEAD + post("<p>PDF: <a href=/files/2008/12/giving-advice.pdf>giving-advice</a></p>")
                + FOOT, "a.html");
        assertEquals("PDF: giving-advice", article.body());
        assertEquals("Giving advice", article.title());
        assertEquals("2008-12-31T17:47:32+00:00", article.publishedAt());
    }

    @Test
    void stillRefusesSeveralDocumentsOrOneOutsideTheHeadlinesBox() {
        assertEquals(Reason.NOT_AN_ARTICLE, refused(HEAD + post("<p>PDF: <a href=/files/one.pdf>one</a>, "
                + "<a href=/files/two.pdf>two</a></p>") + FOOT));
        assertEquals(Reason.NOT_AN_ARTICLE, refused(HEAD + post("") + "<div id=footer><p>Terms: <a href=/terms.pdf>"
                + "terms</a></p></div></div></body></html>"));
    }

    @Test
    void stillRefusesAGridOfPictures() {
        assertEquals(Reason.NOT_AN_ARTICLE, refused(HEAD + post("<p><a href=/p/1><img src=/1.jpg></a> <a href=/p/2>"
                + "<img src=/2.jpg></a> <a href=/p/3><img src=/3.jpg></a></p>") + FOOT));
    }

    /** A blog's post: a byline and the headline in a box, then the entry with {@code entry} and a share bar. */
    private static String post(String entry) {
        return "<div id=content><div class=postwrapper><div class=title><small>Posted by: teacher | 31 December 2008"
                + "</small><h2>Giving advice</h2></div><div class=\"post hentry\"><div class=entry>" + entry
                + "<div class=sharedaddy><h3>Share this:</h3><ul><li><a href=\"?share=twitter\">Twitter</a></li>"
                + "<li><a href=\"?share=facebook\">Facebook</a></li></ul></div></div><div class=postinfo><p>Posted in "
                + "<a href=/category/boards/>Boards</a></p></div></div><div class=navigation><a href=/prev/>Warm "
                + "evening</a> <a href=/next/>Getting to know</a></div></div></div>";
    }

    private static Reason refused(String html) {
        return assertThrows(RejectedFileException.class, () -> parse(html, "a.html")).reason();
    }
}
