package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.parse.RejectedFileException.Reason;
import org.junit.jupiter.api.Test;

/**
 * An article too short to read as prose (a gallery's notes, a news item of a few lines) is read from the one element
 * the page names for its body, else from the box its headline stands in; a page without such an element or box,
 * with several, or with too little in it is refused.
 */
class ShortArticleTest {

    private static final String MENU = "<nav><a href=/>Home</a> <a href=/photos>Photos</a></nav>";
    private static final String NOTES = "<h3>Places</h3><p>Anna: Japan.</p><p>Ben: Germany.</p><h3>Film</h3>"
            + "<p>Colour negative, 400 speed.</p><h3>Cameras</h3><p>Anna: a panoramic camera.</p>";

    @Test
    void readsAGallerysNotesFromTheElementNamedForTheBody() throws RejectedFileException {
        String html = "<html><body>" + MENU + "<article><h1>Double exposures, April</h1><div class=entry-meta>"
                + "Posted 11 April 2018</div><div class=entry-content>" + NOTES + "<figure><img src=/a.jpg></figure>"
                + "</div></article></body></html>";
        var article = parse(html, "a.html");
        assertEquals("Places\n\nAnna: Japan.\n\nBen: Germany.\n\nFilm\n\nColour negative, 400 speed.\n\nCameras\n\n"
                + "Anna: a panoramic camera.", article.body());
        assertEquals("2018-04-11", article.publishedAt());
    }

    @Test
    void readsAFewLinesOfNewsMarkedUpAsTheArticlesBody() throws RejectedFileException {
        String html = "<html><body>" + MENU + "<h1>Road closed</h1><div itemprop=articleBody><p>Main Street closed"
                + "</p><p>From Monday 6 am</p><p>Detour via the ring road</p></div></body></html>";
        assertEquals("Main Street closed\n\nFrom Monday 6 am\n\nDetour via the ring road",
                parse(html, "a.html").body());
    }

    @Test
    void stillRefusesAListOfShortPosts() {
        String post = "<div class=entry-content>" + NOTES + "</div>";
        assertEquals(Reason.NOT_AN_ARTICLE, refused("<html><body>" + MENU + post + post + "</body></html>"));
    }

    @Test
    void stillRefusesABodyOfLinksOrOfACreditAndADate() {
        assertEquals(Reason.NOT_AN_ARTICLE, refused("<html><body>" + MENU + "<h1>Downloads</h1><div class=post-content>"
                + "<p><a href=/a.pdf>Worksheet one for the first lesson</a></p><p><a href=/b.pdf>Worksheet two for the"
                + " second lesson</a></p><p><a href=/c.pdf>Answers</a></p></div></body></html>"));
        assertEquals(Reason.NOT_AN_ARTICLE, refused("<html><body>" + MENU + "<h1>The sun rises again</h1>"
                + "<div class=article-body><p>Source: the Sunday edition of the paper</p><p>Published: 30.07.2019 "
                + "09:35</p></div></body></html>"));
    }

    @Test
    void readsAPhotoStoryToldInCaptionsFromTheHeadlinesBox() throws RejectedFileException {
        String caption = "<div class=photo><img src=/%s.jpg></div><div class=photo-text>%s</div>";
        String teasers = "<a href=/h/1>A loft in the old harbour with a view of the cranes</a> <a href=/h/2>Living"
                + " with three dogs in a flat of forty square metres</a> <a href=/h/3>A farmhouse kitchen painted in"
                + " green and white</a> <a href=/h/4>The smallest balcony garden of the year</a>";
        String html = "<html><head><title>A small flat full of plants | Homes</title></head><body>" + MENU
                + "<div class=story><div class=story-head><h1>A small flat full of plants</h1></div>"
                + caption.formatted("a", "The old fridge has stood in my kitchen for two years now #kitchen")
                + "<div class=box><div class=label>Who lives here?</div><div class=text>Anna and her cat</div></div>"
                + caption.formatted("b", "Forty plants all over the flat, and more on the balcony #plants")
                + "<div class=box><div class=label>Favourite spot</div><div class=text>The window seat</div></div>"
                + caption.formatted("c", "My grandmother's cupboard from the fifties in the living room")
                + "</div><div class=more><h2>More homes</h2>" + teasers + "</div></body></html>";
        var article = parse(html, "a.html");
        assertEquals("The old fridge has stood in my kitchen for two years now #kitchen\n\nWho lives here?\n\n"
                + "Anna and her cat\n\nForty plants all over the flat, and more on the balcony #plants\n\n"
                + "Favourite spot\n\nThe window seat\n\nMy grandmother's cupboard from the fifties in the living room",
                article.body());
    }

    @Test
    void stillRefusesAPageWhoseHeadlinesBoxIsThePageItself() {
        String links = "<ul><li><a href=/1>First lesson worksheets</a></li><li><a href=/2>Second lesson worksheets</a>"
                + "</li></ul>";
        assertEquals(Reason.NOT_AN_ARTICLE, refused("<html><head><title>Our class blog | lessons</title></head><body>"
                + "<div id=page><div id=header><h1>Our class blog</h1><div>Learning from each other</div></div>"
                + links + "<div class=post><div>Posted by the teacher on 31 December 2008, filed under"
                + " lessons</div><h2>Giving advice</h2><p><a href=/a.pdf>Advice.pdf</a></p><div>Filed in the"
                + " lessons category with the other boards of the year, for the second and the third group</div>"
                + "</div>" + links + "</div></body></html>"));
    }

    private static Reason refused(String html) {
        return assertThrows(RejectedFileException.class, () -> parse(html, "a.html")).reason();
    }
}
