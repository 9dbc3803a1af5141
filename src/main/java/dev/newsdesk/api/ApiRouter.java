package dev.newsdesk.api;

import dev.newsdesk.feed.FeedFormat;
import dev.newsdesk.newsroom.ContentSecurityPolicy;
import dev.newsdesk.newsroom.SignInConfig;
import dev.newsdesk.observe.LogLine;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.views.Rankings;
import dev.newsdesk.views.RepeatViews;
import dev.newsdesk.views.ViewCounter;
import dev.newsdesk.views.ViewHistory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The HTTP API: a request in, a response and one {@link RequestLog} line out. It routes on the raw path, so the
 * same router serves a catch-all route on AWS and the one-machine mode. Bad input is a 4xx problem; nothing a
 * client sends can produce a 500 or a stack trace.
 */
public final class ApiRouter {

    /** What a read-only resource answers. */
    private static final String[] READS = {"GET", "HEAD", "OPTIONS"};

    private final ArticleApi api;
    private final FeedApi feeds;
    private final NewsroomApi newsroom;
    private final UploadApi uploads;
    private final ViewHistoryApi history;
    private final boolean editorRoutesOpen;

    /**
     * @param editorRoutesOpen whether the editor routes answer requests that no JWT authorizer let through: on one
     *                         machine (open on loopback, or gated by {@code --auth} before the handler), never on AWS
     * @param pagePolicy       the newsroom page's Content-Security-Policy for its sign-in settings (it names the
     *                         bucket the page uploads to, and the identity provider)
     */
    public ApiRouter(ArticleStore articles, ViewCounter views, RepeatViews repeatViews, Rankings rankings, Clock clock,
                     Duration hotReadCache, String publicationName, UploadApi uploads, ViewHistory history,
                     boolean editorRoutesOpen,
                     Function<Optional<SignInConfig>, ContentSecurityPolicy> pagePolicy) {
        this.api = new ArticleApi(articles, views, repeatViews, rankings, clock, hotReadCache);
        this.feeds = new FeedApi(articles, clock, publicationName);
        this.uploads = uploads;
        this.history = new ViewHistoryApi(articles, history, clock);
        this.editorRoutesOpen = editorRoutesOpen;
        this.newsroom = new NewsroomApi(pagePolicy);
    }

    /**
     * Whether a request goes to an editor route: on AWS the JWT authorizer guards exactly these (template.yaml),
     * and {@code ./newsdesk local --auth} emulates it for them. A CORS preflight is never guarded.
     */
    public static boolean isEditorRoute(String method, String rawPath) {
        return !"OPTIONS".equalsIgnoreCase(method) && Route.of(normalize(rawPath)).editor;
    }

    /** Serves {@code request} and writes its one log line to {@code log}. */
    public ApiResponse respond(ApiRequest request, Consumer<String> log) {
        long start = System.nanoTime();
        ApiResponse response = handle(request);
        log.accept(RequestLog.line(request, response, (System.nanoTime() - start) / 1_000_000, Instant.now())
                .toJson());
        return response;
    }

    private ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return Responses.problem(e);
        } catch (SdkException e) {
            // DynamoDB unreachable or throttling: the client may retry; the cause stays in our logs only.
            System.err.println(errorLine(request, e, false));
            return Responses.problem(Problem.UNAVAILABLE, "the article store did not answer; try again shortly")
                    .withHeaders(Map.of("Retry-After", "1"));
        } catch (RuntimeException e) {
            // A bug of ours: the client gets a plain 500, the details go to the log only.
            System.err.println(errorLine(request, e, true));
            return Responses.problem(Problem.INTERNAL_ERROR, "the request could not be served");
        }
    }

    /**
     * One JSON line for an error: the route and the exception's class; for a bug, also the line of our code it
     * came from ({@link LogLine#origin}). Never the message nor the stack trace.
     */
    static String errorLine(ApiRequest request, RuntimeException e, boolean bug) {
        var line = LogLine.at(Instant.now())
                .field("event", "api-error")
                .field("route", Route.of(normalize(request.path())).template());
        return (bug ? line.origin(e) : line.field("error", e.getClass().getName())).toJson();
    }

    /** The path without a trailing slash ({@code /articles/} is {@code /articles}). */
    static String normalize(String rawPath) {
        return rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    }

    private ApiResponse route(ApiRequest request) {
        String path = normalize(request.path());
        Route route = Route.of(path);
        if (route == Route.NONE) {
            throw ApiException.notFound("no route " + Params.shorten(path)
                    + "; see /articles, /rankings, /sections, /feeds/rss, /feeds/atom, /feeds/json, /sitemap.xml, "
                    + "/uploads, /newsroom");
        }
        if (request.method().equals("OPTIONS")) {
            return Responses.preflight(route.methods);
        }
        if (route.editor && !editorRoutesOpen && !request.signedIn()) {
            // The template puts the authorizer on these routes; a path that reaches them another way (a trailing
            // slash through the catch-all route, a route left out of the template) is still refused.
            throw ApiException.unauthorized("the editor routes need a signed-in editor's token");
        }
        if (!route.methods.contains(request.method())) {
            throw ApiException.methodNotAllowed(request.method(), route.methods);
        }
        return switch (route) {
            case ARTICLES -> api.list(request);
            case ARTICLE -> api.get(request, decodeSegment(path.substring("/articles/".length())));
            case ARTICLE_VIEWS -> history.hourly(request, decodeSegment(
                    path.substring("/articles/".length(), path.length() - "/views".length())));
            case RANKINGS -> api.rankings(request);
            case SECTIONS -> api.sections(request);
            case FEED_RSS -> feeds.feed(request, FeedFormat.RSS, route.template());
            case FEED_ATOM -> feeds.feed(request, FeedFormat.ATOM, route.template());
            case FEED_JSON -> feeds.feed(request, FeedFormat.JSON, route.template());
            case SITEMAP -> feeds.sitemap(request);
            case NEWSROOM -> newsroom.page(request);
            case NEWSROOM_FILE -> newsroom.file(request, path.substring(NEWSROOM_FILES.length()));
            case UPLOADS -> request.method().equals("POST") ? uploads.grant(request) : uploads.list(request);
            case UPLOAD -> uploads.get(request, decodeKey(path.substring("/uploads/".length())));
            case NONE -> throw new IllegalStateException("unreachable");
        };
    }

    enum Route {
        ARTICLES("/articles"), ARTICLE("/articles/{slug}"), ARTICLE_VIEWS("/articles/{slug}/views"),
        RANKINGS("/rankings"), SECTIONS("/sections"),
        FEED_RSS("/feeds/rss"), FEED_ATOM("/feeds/atom"), FEED_JSON("/feeds/json"), SITEMAP("/sitemap.xml"),
        UPLOADS("/uploads", true, "GET", "HEAD", "POST", "OPTIONS"), UPLOAD("/uploads/{key}", true, READS),
        NEWSROOM("/newsroom"), NEWSROOM_FILE("/newsroom/{file}"), NONE("unmatched");

        private final String template;
        /** Guarded by the JWT authorizer on AWS. */
        private final boolean editor;
        /** What it answers, in the order an Allow header lists them. */
        private final List<String> methods;

        Route(String template) {
            this(template, false, READS);
        }

        Route(String template, boolean editor, String... methods) {
            this.template = template;
            this.editor = editor;
            this.methods = List.of(methods);
        }

        /** What logs show instead of the raw path. */
        String template() {
            return template;
        }

        static Route of(String path) {
            if (path.equals("/articles")) return ARTICLES;
            if (path.startsWith("/articles/") && path.length() > "/articles/".length()) {
                String rest = path.substring("/articles/".length());
                if (rest.indexOf('/') < 0) return ARTICLE;
                if (rest.endsWith("/views") && rest.indexOf('/') == rest.length() - "/views".length()
                        && rest.length() > "/views".length()) return ARTICLE_VIEWS;
                return NONE;
            }
            if (path.equals("/uploads")) return UPLOADS;
            if (path.startsWith("/uploads/") && path.length() > "/uploads/".length()) return UPLOAD;
            if (path.equals("/rankings")) return RANKINGS;
            if (path.equals("/sections")) return SECTIONS;
            for (Route fixed : List.of(FEED_RSS, FEED_ATOM, FEED_JSON, SITEMAP, NEWSROOM)) {
                if (path.equals(fixed.template)) return fixed;
            }
            if (path.startsWith(NEWSROOM_FILES) && path.length() > NEWSROOM_FILES.length()) return NEWSROOM_FILE;
            return NONE;
        }
    }

    private static final String NEWSROOM_FILES = "/newsroom/";

    /** An upload's key from the path: percent-decoded ({@code %2F} or a plain '/'), a '+' kept as it is. */
    private static String decodeKey(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw ApiException.badParameter("the key in the path is not percent-encoded correctly: \""
                    + Params.shorten(encoded) + "\"");
        }
    }

    private static String decodeSegment(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw ApiException.notFound("no article has the slug \"" + Params.shorten(segment) + "\"");
        }
    }
}
