/**
 * Feeds and the news sitemap: the newest articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1, and the last two days'
 * as a Google News sitemap. One class per format, each writing a {@link dev.newsdesk.feed.Feed} of
 * {@link dev.newsdesk.feed.FeedItem}s; XML goes through the JDK's {@code XMLStreamWriter} (escaping by
 * construction), JSON through Jackson. It reads nothing itself: the API hands it the articles.
 */
package dev.newsdesk.feed;
