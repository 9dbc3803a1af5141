package dev.newsdesk.api;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleDate;
import dev.newsdesk.feed.Feed;
import dev.newsdesk.feed.FeedFormat;
import dev.newsdesk.feed.FeedItem;
import dev.newsdesk.feed.NewsSitemap;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.ListQuery;
import dev.newsdesk.store.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The feed routes ({@code /feeds/rss}, {@code /feeds/atom}, {@code /feeds/json}) and {@code /sitemap.xml}: which
 * articles each one shows, read from the same lists as {@code /articles}, and their ETags.
 */
final class FeedApi {

    /** How many articles a feed shows, newest first. */
    static final int FEED_ITEMS = 50;
    /** Feed readers poll; a minute of caching spares the table most of their polls. */
    private static final String FEED_CACHE = "public, max-age=60";

    private final ArticleStore articles;
    private final Clock clock;
    private final String publicationName;

    FeedApi(ArticleStore articles, Clock clock, String publicationName) {
        this.articles = articles;
        this.clock = clock;
        this.publicationName = publicationName;
    }

    /**
     * The newest articles of the section asked for (all when none) in {@code format}. The ETag names the listed
     * versions, so a client that has them gets its 304 before a single article body is read.
     */
    ApiResponse feed(ApiRequest request, FeedFormat format, String path) {
        String section = new Params(request.query()).text("section");
        PublicAddress address = PublicAddress.of(request);
        List<Article> listed = articles.list(new ListQuery(section, null, null, FEED_ITEMS, null)).items();
        // Each article's version as the article's own ETag names it: slug, content hash, last update.
        String version = listed.stream().map(a -> a.slug() + "|" + a.content().contentHash() + "|" + a.updatedAt())
                .collect(Collectors.joining(",", format + "|" + address.base() + "|" + section + "|"
                        + publicationName + "|", ""));
        return Responses.read(request, format.contentType(), FEED_CACHE, Responses.etag(version), () -> {
            List<Article> whole = articles.findAll(listed.stream().map(Article::slug).toList());
            List<FeedItem> items = whole.stream().map(a -> FeedItem.of(a, address.article(a.slug()))).toList();
            // The section as the articles spell it, not as the query happened to (the filter ignores case).
            String name = section == null || items.isEmpty() || items.get(0).section() == null ? section
                    : items.get(0).section();
            String title = name == null ? publicationName : publicationName + " · " + name;
            String description = name == null ? "The newest articles of " + publicationName
                    : "The newest " + name + " articles of " + publicationName;
            return format.write(Feed.of(title, description, publicationName, address.route("/articles", section),
                    address.route(path, section), items, clock.instant()));
        });
    }

    /**
     * The news sitemap: the articles dated within the last {@link NewsSitemap#WINDOW_HOURS} hours (none dated
     * later than now), newest first, at most {@link NewsSitemap#MAX_URLS}. Lists are newest first, so the walk
     * stops at the first older article.
     */
    ApiResponse sitemap(ApiRequest request) {
        PublicAddress address = PublicAddress.of(request);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofHours(NewsSitemap.WINDOW_HOURS));
        List<FeedItem> recent = new ArrayList<>();
        String cursor = null;
        walk:
        do {
            Page<Article> page = articles.list(new ListQuery(null, null, null, ListQuery.MAX_LIMIT, cursor));
            for (Article article : page.items()) {
                Instant dated = ArticleDate.of(article).instant();
                if (dated.isBefore(since)) break walk;
                if (dated.isAfter(now)) continue;
                recent.add(FeedItem.of(article, address.article(article.slug())));
                if (recent.size() == NewsSitemap.MAX_URLS) break walk;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        String body = NewsSitemap.write(publicationName, recent);
        return Responses.read(request, NewsSitemap.CONTENT_TYPE, FEED_CACHE, Responses.etag(body), () -> body);
    }
}
