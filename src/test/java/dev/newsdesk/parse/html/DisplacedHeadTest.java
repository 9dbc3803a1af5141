package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Which titles and meta tags in a body are a displaced head's. */
class DisplacedHeadTest {

    private static Document restored(String html) {
        Document doc = Jsoup.parse(html);
        DisplacedHead.restore(doc);
        return doc;
    }

    @Test
    void movesTheHeadThatAWrapperTagBeforeThePageDisplacedBackIntoTheHead() {
        Document doc = restored("<saved-page id=7>\n<!-- copy -->\n<html><head><meta name=description content=Budget>"
                + "<title>Council votes</title></head><body><p>The council met.</p></body></html>");
        assertEquals("Council votes", doc.title());
        assertEquals("Budget", doc.head().selectFirst("meta[name=description]").attr("content"));
        assertEquals("The council met.", doc.body().text());
    }

    @Test
    void leavesAnSvgsTitleUnderAnEmptyHeadInTheBody() {
        Document doc = restored("<html><body><svg><title>Share</title></svg><p>The council met.</p></body></html>");
        assertEquals("", doc.title());
        assertEquals("Share", doc.body().selectFirst("svg title").text());
    }

    @Test
    void leavesATitleFarIntoTheBodyThere() {
        // a displaced head starts within the body's first nodes: a title deep in the page is a widget's
        Document doc = restored("<html><body>" + "<p>The council met.</p>".repeat(30)
                + "<title>Enable scripts</title></body></html>");
        assertEquals("", doc.title());
    }
}
