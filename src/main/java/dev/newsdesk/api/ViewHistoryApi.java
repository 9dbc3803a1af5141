package dev.newsdesk.api;

import dev.newsdesk.article.Slugs;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.views.ViewHistory;
import dev.newsdesk.views.Window;
import java.time.Clock;
import java.util.List;

/** {@code GET /articles/{slug}/views}: an article's views per hour, for a chart; reading it counts no view. */
final class ViewHistoryApi {

    /** The rollup moves the last hour on once a minute on AWS: a minute of caching loses nothing. */
    private static final String HISTORY_CACHE = "public, max-age=60";

    private final ArticleStore articles;
    private final ViewHistory history;
    private final Clock clock;

    ViewHistoryApi(ArticleStore articles, ViewHistory history, Clock clock) {
        this.articles = articles;
        this.history = history;
        this.clock = clock;
    }

    record Chart(List<ViewHistory.Point> points) {
    }

    ApiResponse hourly(ApiRequest request, String slug) {
        String raw = request.query().getOrDefault("window", Window.D7.label());
        Window window = Window.parse(raw).filter(w -> w == Window.H24 || w == Window.D7)
                .orElseThrow(() -> ApiException.badParameter("window must be 24h or 7d, not \""
                        + Params.shorten(raw) + "\""));
        if (!Slugs.isValid(slug) || !articles.exists(slug)) {
            throw ApiException.notFound("no article has the slug \"" + Params.shorten(slug) + "\"");
        }
        List<ViewHistory.Point> points = history.hourly(slug, window.length().orElseThrow(), clock.instant());
        return Responses.json(request, new Chart(points), HISTORY_CACHE, null);
    }
}
