package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.newsdesk.Settings;
import dev.newsdesk.api.ApiRequest;
import dev.newsdesk.api.ApiResponse;
import dev.newsdesk.api.ApiRouter;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.functions.events.InMemoryInvocation;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.priming.Priming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ApiFunction: API Gateway HTTP API requests (payload format 2.0) in, JSON out. It only translates: the event
 * becomes an {@link ApiRequest} for the {@link ApiRouter}, and its {@link ApiResponse} the Lambda response. Lambda
 * hands it the event's JSON, read with {@link LambdaJson} into an {@link HttpApiEvent}.
 */
public final class ApiFunction implements RequestStreamHandler {

    /** What priming's requests must answer: every route, then an article that does not exist. */
    private static final List<Integer> PRIMED_STATUSES = List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
            404);

    private final Services services;
    private final ApiRouter router;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers its priming and what a restore renews. */
    public ApiFunction() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("api", ApiFunction::prime, services::restored);
    }

    public ApiFunction(Services services) {
        this.services = services;
        this.router = services.apiRouter();
    }

    /** Used by Lambda: the event's JSON in, the response's out. */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        LambdaJson.write(handle(LambdaJson.read(event, HttpApiEvent.class), context), response);
    }

    public HttpApiResponse handle(HttpApiEvent event, Context context) {
        return response(router.respond(request(event), LambdaLog.of(context)));
    }

    /**
     * Header names lower-cased; the raw path, as the catch-all route delivers it undecoded; the client's address as
     * API Gateway saw it (the connection's peer: unlike X-Forwarded-For, not something the client writes).
     */
    private static ApiRequest request(HttpApiEvent event) {
        var http = event.requestContext() == null ? null : event.requestContext().http();
        String method = http != null && http.method() != null ? http.method() : "GET";
        String path = event.rawPath() != null ? event.rawPath() : http != null && http.path() != null ? http.path()
                : "/";
        Map<String, String> headers = new HashMap<>();
        event.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        Map<String, String> query = Map.copyOf(event.queryStringParameters());
        String stage = event.requestContext() == null ? null : event.requestContext().stage();
        return new ApiRequest(method.toUpperCase(Locale.ROOT), path, query, headers, stage,
                http != null ? http.sourceIp() : null, body(event), signedIn(event), event.stageVariables());
    }

    /** Whether API Gateway's JWT authorizer let the request through: it then passes the token's claims. */
    private static boolean signedIn(HttpApiEvent event) {
        var context = event.requestContext();
        return context != null && context.authorizer() != null && context.authorizer().jwt() != null
                && !context.authorizer().jwt().claims().isEmpty();
    }

    /** The body as text: API Gateway base64-encodes one it does not take for text (a body without Content-Type). */
    private static String body(HttpApiEvent event) {
        String body = event.body();
        if (body == null || !event.isBase64Encoded()) return body;
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return body;
        }
    }

    private static HttpApiResponse response(ApiResponse response) {
        return new HttpApiResponse(response.status(), response.headers(), null, response.body(), false);
    }

    /** The SnapStart priming of this function, offline: the samples published, then every route. */
    public static void prime() {
        try (OfflineServices offline = OfflineServices.start()) {
            prime(offline);
        }
    }

    /**
     * Every route {@link Priming#ROUNDS} times, an article read (a counted view) included, each as Lambda hands it
     * over: the event's JSON through {@link #handleRequest(InputStream, OutputStream, Context)}.
     *
     * @return the status of each request of the last round, in order
     * @throws IllegalStateException unless each request got the status it should
     */
    static List<Integer> prime(OfflineServices offline) {
        IngestFunction.publishSamples(offline);
        ApiFunction api = new ApiFunction(offline.services());
        List<String> paths = List.of("/articles", "/articles?section=culture&limit=5", "/rankings",
                "/rankings?window=24h", "/sections", "/articles/" + offline.textSampleSlug(), "/feeds/rss",
                "/feeds/atom", "/feeds/json", "/sitemap.xml", "/articles/no-such-article");
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < Priming.ROUNDS; round++) {
            statuses.clear();
            for (String path : paths) statuses.add(api.invoke(PrimingEvents.get(path)).statusCode());
            if (!statuses.equals(PRIMED_STATUSES)) {
                throw new IllegalStateException("priming: " + paths + " answered " + statuses);
            }
        }
        return statuses;
    }

    /** The response to {@code event}'s JSON, through the path Lambda takes. */
    HttpApiResponse invoke(byte[] event) {
        return LambdaJson.read(InMemoryInvocation.call(this, event), HttpApiResponse.class);
    }
}
