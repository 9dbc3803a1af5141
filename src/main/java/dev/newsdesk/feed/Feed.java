package dev.newsdesk.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A feed: what it is, where it lives, and its items, newest first.
 *
 * @param publisher   the publication's name, also the feed's author
 * @param homeUrl     the list the feed mirrors ({@code /articles}, with its section)
 * @param selfUrl     the feed's own URL
 * @param updated     when the newest change among the items happened
 */
public record Feed(String title, String description, String publisher, String homeUrl, String selfUrl,
                   Instant updated, List<FeedItem> items) {

    /**
     * The html that one feed carries at most, in UTF-8 bytes. A Lambda response holds 6 MB and XML escaping can
     * triple html (every {@code <} becomes {@code &lt;}): an item whose html no longer fits carries its summary
     * alone.
     */
    public static final int MAX_HTML_BYTES = 1024 * 1024;

    public Feed {
        items = List.copyOf(items);
    }

    /**
     * A feed of {@code items} (newest first): each keeps its html while the feed's total, newest first, stays within
     * {@link #MAX_HTML_BYTES}; the feed is as recent as its most recently changed item ({@code whenEmpty} for a feed
     * with none).
     */
    public static Feed of(String title, String description, String publisher, String homeUrl, String selfUrl,
                          List<FeedItem> items, Instant whenEmpty) {
        List<FeedItem> kept = new ArrayList<>();
        long budget = MAX_HTML_BYTES;
        for (FeedItem item : items) {
            long size = item.html() == null ? 0 : item.html().getBytes(StandardCharsets.UTF_8).length;
            if (size > budget) {
                kept.add(item.withoutHtml());
            } else {
                kept.add(item);
                budget -= size;
            }
        }
        Instant updated = items.stream().map(FeedItem::updated).max(Comparator.naturalOrder()).orElse(whenEmpty);
        return new Feed(title, description, publisher, homeUrl, selfUrl, updated, kept);
    }
}
