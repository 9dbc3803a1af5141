package dev.newsdesk.feed;

import java.util.function.Function;

/** The three feed formats, each with its media type and its writer. */
public enum FeedFormat {
    RSS(RssFeed.CONTENT_TYPE, RssFeed::write),
    ATOM(AtomFeed.CONTENT_TYPE, AtomFeed::write),
    JSON(JsonFeed.CONTENT_TYPE, JsonFeed::write);

    private final String contentType;
    private final Function<Feed, String> writer;

    FeedFormat(String contentType, Function<Feed, String> writer) {
        this.contentType = contentType;
        this.writer = writer;
    }

    public String contentType() {
        return contentType;
    }

    public String write(Feed feed) {
        return writer.apply(feed);
    }
}
