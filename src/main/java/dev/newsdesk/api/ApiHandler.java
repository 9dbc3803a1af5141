package dev.newsdesk.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdesk.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.priming.Priming;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * ApiFunction: API Gateway HTTP API requests (payload format 2.0) in, JSON out. It routes on the raw path, so
 * the same handler serves a catch-all route on AWS and the one-machine mode. Bad input is a 4xx problem;
 * nothing a client sends can produce a 500 or a stack trace.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final ArticleApi api;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers the priming hook. */
    public ApiHandler() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("api", Priming::api);
    }

    public ApiHandler(Services services) {
        this.api = new ArticleApi(services.articles(), services.views(), services.rankings(), services.clock(),
                services.settings().hotReadCache());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long start = System.nanoTime();
        ApiRequest request = ApiRequest.from(event);
        ApiResponse response = handle(request);
        log(context, RequestLog.line(request, response, (System.nanoTime() - start) / 1_000_000,
                java.time.Instant.now()).toJson());
        return response.toLambda();
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.out.println(line);
        }
    }

    ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return Responses.problem(e);
        } catch (SdkException e) {
            // DynamoDB unreachable or throttling: the client may retry; the cause stays in our logs only.
            System.err.println(errorLine(request, e, false));
            return Responses.problem(503, "unavailable", "Service unavailable",
                    "the article store did not answer; try again shortly")
                    .withHeaders(Map.of("Retry-After", "1"));
        } catch (RuntimeException e) {
            // A bug of ours: the client gets a plain 500, the details go to the log only.
            System.err.println(errorLine(request, e, true));
            return Responses.problem(500, "internal-error", "Internal error", "the request could not be served");
        }
    }

    /**
     * One JSON line for an error: the route, the exception's class and, for a bug, the line of our code it came
     * from. Never the message (it may quote a client's input or a server's answer) nor the stack trace: the
     * exception's class and origin are what a bug hunt starts from, and they fit in one log line.
     */
    static String errorLine(ApiRequest request, RuntimeException e, boolean bug) {
        var line = dev.newsdesk.observe.LogLine.at(java.time.Instant.now())
                .field("event", "api-error")
                .field("route", Route.of(normalize(request.path())).template())
                .field("error", e.getClass().getName());
        if (bug) {
            for (StackTraceElement frame : e.getStackTrace()) {
                if (frame.getClassName().startsWith("dev.newsdesk.")) {
                    line.field("at", frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber());
                    break;
                }
            }
        }
        return line.toJson();
    }

    /** The path without a trailing slash ({@code /articles/} is {@code /articles}). */
    static String normalize(String rawPath) {
        return rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    }

    private ApiResponse route(ApiRequest request) {
        String path = normalize(request.path());
        Route route = Route.of(path);
        if (route == Route.NONE) {
            throw ApiException.notFound("no route " + Params.shorten(path) + "; see /articles, /rankings, /sections");
        }
        switch (request.method()) {
            case "OPTIONS":
                return Responses.preflight();
            case "GET":
            case "HEAD":
                break;
            default:
                throw ApiException.methodNotAllowed(request.method());
        }
        return switch (route) {
            case ARTICLES -> api.list(request);
            case ARTICLE -> api.get(request, decodeSegment(path.substring("/articles/".length())));
            case RANKINGS -> api.rankings(request);
            case SECTIONS -> api.sections(request);
            case NONE -> throw new IllegalStateException("unreachable");
        };
    }

    enum Route {
        ARTICLES("/articles"), ARTICLE("/articles/{slug}"), RANKINGS("/rankings"), SECTIONS("/sections"),
        NONE("unmatched");

        private final String template;

        Route(String template) {
            this.template = template;
        }

        /** What logs show instead of the raw path. */
        String template() {
            return template;
        }

        static Route of(String path) {
            if (path.equals("/articles")) return ARTICLES;
            if (path.startsWith("/articles/") && path.indexOf('/', "/articles/".length()) < 0
                    && path.length() > "/articles/".length()) return ARTICLE;
            if (path.equals("/rankings")) return RANKINGS;
            if (path.equals("/sections")) return SECTIONS;
            return NONE;
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
