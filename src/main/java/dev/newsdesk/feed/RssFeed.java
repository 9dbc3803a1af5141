package dev.newsdesk.feed;

import dev.newsdesk.article.Image;
import javax.xml.stream.XMLStreamException;

/**
 * RSS 2.0: each item's link, summary as {@code description}, {@code pubDate}, authors as {@code dc:creator}
 * (RSS's own {@code author} wants an e-mail address), the lead image as {@code media:content} (Media RSS: no byte
 * length or MIME type needed, which an {@code enclosure} would require and the article does not know), and the
 * html as {@code content:encoded}.
 */
public final class RssFeed {

    public static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private RssFeed() {
    }

    public static String write(Feed feed) {
        return Xml.document(xml -> {
            xml.start("", "rss", "").attribute("version", "2.0")
                    .namespace("atom", ATOM).namespace("content", CONTENT).namespace("dc", DC)
                    .namespace("media", MEDIA);
            xml.start("", "channel", "")
                    .element("", "title", "", feed.title())
                    .element("", "link", "", feed.homeUrl())
                    .element("", "description", "", feed.description())
                    .element("", "lastBuildDate", "", FeedDates.rfc822(feed.updated()));
            // Where the feed lives, as feed validators ask of RSS (the Atom namespace's self link).
            xml.start("atom", "link", ATOM).attribute("href", feed.selfUrl()).attribute("rel", "self")
                    .attribute("type", "application/rss+xml").end();
            for (FeedItem item : feed.items()) {
                item(xml, item);
            }
            xml.end().end();
        });
    }

    private static void item(Xml xml, FeedItem item) throws XMLStreamException {
        xml.start("", "item", "")
                .element("", "title", "", item.title())
                .element("", "link", "", item.link())
                .element("", "description", "", item.summary());
        // The API's URL names the article for good; the link may be the publisher's page instead.
        xml.start("", "guid", "").attribute("isPermaLink", "false").text(item.id()).end();
        xml.element("", "pubDate", "", FeedDates.rfc822(item.date().time()));
        for (String author : item.authors()) xml.element("dc", "creator", DC, author);
        xml.element("", "category", "", item.section());
        image(xml, item.image());
        xml.element("content", "encoded", CONTENT, item.html());
        xml.end();
    }

    private static void image(Xml xml, Image image) throws XMLStreamException {
        if (image == null) return;
        xml.start("media", "content", MEDIA).attribute("url", image.url()).attribute("medium", "image")
                .attribute("width", image.width()).attribute("height", image.height());
        String description = image.caption() != null ? image.caption() : image.alt();
        xml.element("media", "description", MEDIA, description)
                .element("media", "credit", MEDIA, image.credit())
                .end();
    }
}
