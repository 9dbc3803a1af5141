package dev.newsdesk.feed;

import dev.newsdesk.article.Image;
import javax.xml.stream.XMLStreamException;

/**
 * Atom 1.0 (RFC 4287): each entry's alternate link, {@code published} and {@code updated}, authors, summary, the
 * html as {@code content type="html"} and the lead image as a {@code rel="enclosure"} link. The publisher is the
 * feed's author, so that an entry without authors is still valid.
 */
public final class AtomFeed {

    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    public static String write(Feed feed) {
        return Xml.document(xml -> {
            xml.start("", "feed", ATOM).namespace("", ATOM)
                    .element("", "id", ATOM, feed.selfUrl())
                    .element("", "title", ATOM, feed.title())
                    .element("", "subtitle", ATOM, feed.description())
                    .element("", "updated", ATOM, FeedDates.rfc3339(feed.updated()));
            link(xml, "self", feed.selfUrl(), "application/atom+xml");
            link(xml, "alternate", feed.homeUrl(), "application/json");
            author(xml, feed.publisher());
            for (FeedItem item : feed.items()) {
                entry(xml, item);
            }
            xml.end();
        });
    }

    private static void entry(Xml xml, FeedItem item) throws XMLStreamException {
        xml.start("", "entry", ATOM)
                .element("", "id", ATOM, item.id())
                .element("", "title", ATOM, item.title())
                .element("", "published", ATOM, FeedDates.rfc3339(item.date().time()))
                .element("", "updated", ATOM, FeedDates.rfc3339(item.updated()));
        link(xml, "alternate", item.link(), null);
        for (String author : item.authors()) author(xml, author);
        if (item.section() != null) xml.start("", "category", ATOM).attribute("term", item.section()).end();
        xml.element("", "summary", ATOM, item.summary());
        if (item.html() != null) {
            xml.start("", "content", ATOM).attribute("type", "html").text(item.html()).end();
        }
        Image image = item.image();
        if (image != null) link(xml, "enclosure", image.url(), null);
        xml.end();
    }

    private static void link(Xml xml, String rel, String href, String type) throws XMLStreamException {
        xml.start("", "link", ATOM).attribute("rel", rel).attribute("href", href).attribute("type", type).end();
    }

    private static void author(Xml xml, String name) throws XMLStreamException {
        xml.start("", "author", ATOM).element("", "name", ATOM, name).end();
    }
}
