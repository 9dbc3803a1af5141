package dev.newsdesk.api;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleMarkdown;
import dev.newsdesk.article.Slugs;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.InvalidCursorException;
import dev.newsdesk.store.ListQuery;
import dev.newsdesk.store.Page;
import dev.newsdesk.store.SectionCount;
import dev.newsdesk.views.RankedArticle;
import dev.newsdesk.views.Rankings;
import dev.newsdesk.views.RepeatViews;
import dev.newsdesk.views.ViewCounter;
import dev.newsdesk.views.Window;
import dev.newsdesk.ReadCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;

/** The four read routes of the contract (README.md, "The API"; docs/openapi.yaml): what each one reads, counts and answers. */
final class ArticleApi {

    /** Each read of an article counts, so caches must come back every time (and then get a cheap 304). */
    private static final String ARTICLE_CACHE = "no-cache";
    private static final String LIST_CACHE = "public, max-age=10";
    private static final String RANKING_CACHE = "public, max-age=30";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";

    private final ArticleStore articles;
    private final ViewCounter views;
    private final RepeatViews repeatViews;
    private final Rankings rankings;
    private final Clock clock;

    /** A hot story's item, reused for a moment so that its reads do not all land on one partition. */
    private final ReadCache<String, Optional<Article>> hotArticles;

    ArticleApi(ArticleStore articles, ViewCounter views, RepeatViews repeatViews, Rankings rankings, Clock clock,
               Duration hotReadCache) {
        this.articles = articles;
        this.hotArticles = new ReadCache<>(hotReadCache);
        this.views = views;
        this.repeatViews = repeatViews;
        this.rankings = rankings;
        this.clock = clock;
    }

    record ArticleList(List<Article> articles, String nextCursor) {
    }

    record Ranking(String window, String section, List<RankedArticle> articles) {
    }

    record Sections(List<SectionCount> sections) {
    }

    ApiResponse list(ApiRequest request) {
        Params params = new Params(request.query());
        ListQuery query = new ListQuery(params.text("section"), params.language(), params.text("keyword"),
                params.limit(ListQuery.DEFAULT_LIMIT), params.cursor());
        Page<Article> page;
        try {
            page = articles.list(query);
        } catch (InvalidCursorException e) {
            throw ApiException.badParameter(e.getMessage());
        }
        Map<String, Long> totals = views.totalsForListing(page.items().stream().map(Article::slug).toList());
        List<Article> withViews = page.items().stream().map(a -> a.withViews(totals.getOrDefault(a.slug(), 0L))).toList();
        return Responses.json(request, new ArticleList(withViews, page.nextCursor()), LIST_CACHE, null);
    }

    /**
     * One article, as JSON or ({@code ?format=markdown}) as CommonMark; a GET by a reader (not HEAD, not a bot)
     * counts one view before the count is read, whatever the format, unless the same reader's view of it already
     * counted in this window ({@link RepeatViews}).
     */
    ApiResponse get(ApiRequest request, String slug) {
        boolean markdown = new Params(request.query()).markdown();
        if (!Slugs.isValid(slug)) {
            throw ApiException.notFound("no article has the slug \"" + Params.shorten(slug) + "\"");
        }
        Instant now = clock.instant();
        // A hot story is read from one of its read replicas (views/ReadReplicas), any other from its item.
        Article article = hotArticles.get(slug, one -> views.hotCopy(one, now).orElseGet(() -> articles.find(one)))
                .orElseThrow(() -> ApiException.notFound("no article has the slug \"" + slug + "\""));
        String userAgent = request.header("user-agent");
        boolean counts = !request.isHead() && !Bots.isBot(userAgent) && !isPreview(request)
                && repeatViews.firstInWindow(request.clientAddress(), userAgent, slug, now);
        long total = counts ? views.count(slug, article.content().title(), article.content().section(), now)
                : views.total(slug, now);
        Article withViews = article.withViews(total);
        // The ETag names the article's version, not its view count, so revalidation works between reads.
        String version = article.slug() + "|" + article.content().contentHash() + "|" + article.updatedAt();
        if (markdown) {
            return Responses.read(request, MARKDOWN, ARTICLE_CACHE, Responses.etag(version + "|md"),
                    () -> ArticleMarkdown.of(withViews));
        }
        return Responses.json(request, withViews, ARTICLE_CACHE, version);
    }

    /**
     * A read that no reader asked for: a browser's prefetch or prerender ({@code Sec-Purpose}, {@code Purpose}:
     * {@code prefetch}), or a preview, such as an editor's look at the article in the newsroom ({@code Purpose: preview}).
     */
    private static boolean isPreview(ApiRequest request) {
        for (String name : new String[]{"sec-purpose", "purpose", "x-purpose", "x-moz"}) {
            String value = request.header(name);
            if (value != null) {
                String v = value.toLowerCase(java.util.Locale.ROOT);
                if (v.contains("prefetch") || v.contains("preview") || v.contains("prerender")) return true;
            }
        }
        return false;
    }

    ApiResponse rankings(ApiRequest request) {
        Params params = new Params(request.query());
        Window window = params.window(Window.ALL);
        String section = params.text("section");
        int limit = params.limit(10);
        List<RankedArticle> top = rankings.top(window, section, limit);
        return Responses.json(request, new Ranking(window.label(), section, top), RANKING_CACHE, null);
    }

    ApiResponse sections(ApiRequest request) {
        return Responses.json(request, new Sections(articles.sections()), LIST_CACHE, null);
    }
}
