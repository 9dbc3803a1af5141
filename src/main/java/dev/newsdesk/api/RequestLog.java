package dev.newsdesk.api;

import dev.newsdesk.observe.LogLine;
import java.time.Instant;

/**
 * The one line ApiFunction writes per request: method, route (the template, never the raw path or the query,
 * which may carry anything a client typed), status, the slug of an article served, duration; and the
 * {@code Views} metric when the request was a reader's read of an article (a GET by no known bot: repeats of
 * one reader that {@code views.RepeatViews} does not count included). No header, no query value, no stack trace.
 */
final class RequestLog {

    private RequestLog() {
    }

    static LogLine line(ApiRequest request, ApiResponse response, long millis, Instant at) {
        String path = ApiRouter.normalize(request.path());
        ApiRouter.Route route = ApiRouter.Route.of(path);
        boolean articleServed = route == ApiRouter.Route.ARTICLE
                && (response.status() == 200 || response.status() == 304);
        LogLine line = LogLine.at(at)
                .field("event", "request")
                .field("method", request.method())
                .field("route", route.template())
                .field("status", response.status())
                .field("slug", articleServed ? path.substring("/articles/".length()) : null)
                .field("millis", millis)
                .dimension("Function", "api");
        if (articleServed && countedAView(request)) {
            line.metric("Views", LogLine.Unit.COUNT, 1, "Function");
        }
        return line;
    }

    /** The rule ArticleApi#get applies before counting: a GET (not HEAD) by a reader (not a known bot). */
    static boolean countedAView(ApiRequest request) {
        return "GET".equals(request.method()) && !Bots.isBot(request.header("user-agent"));
    }
}
