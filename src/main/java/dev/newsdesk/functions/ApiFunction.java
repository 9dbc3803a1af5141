package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdesk.Settings;
import dev.newsdesk.api.ApiRequest;
import dev.newsdesk.api.ApiResponse;
import dev.newsdesk.api.ApiRouter;
import dev.newsdesk.api.UploadApi;
import dev.newsdesk.api.UploadGrants;
import dev.newsdesk.newsroom.ContentSecurityPolicy;
import dev.newsdesk.store.BucketObject;
import dev.newsdesk.priming.Priming;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ApiFunction: API Gateway HTTP API requests (payload format 2.0) in, JSON out. It only translates: the event
 * becomes an {@link ApiRequest} for the {@link ApiRouter}, and its {@link ApiResponse} the Lambda response.
 */
public final class ApiFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

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
        this.router = new ApiRouter(services.articles(), services.views(), services.repeatViews(),
                services.rankings(), services.clock(), services.settings().hotReadCache(),
                services.settings().publicationName(), uploads(services), services.viewHistory(),
                services.settings().isLocal(), signIn -> ContentSecurityPolicy.forPage(services.settings(), signIn));
    }

    /** The editor routes; the S3 client and the presigner are built on the first request that needs them. */
    private static UploadApi uploads(Services services) {
        String bucket = services.settings().bucketName();
        UploadGrants grants = new UploadGrants(services::presigner, bucket, services.settings().maxUploadBytes(),
                services.clock());
        return new UploadApi(services.uploads(), services.articles(),
                (b, key) -> BucketObject.lastModified(services.s3(), b, key), grants, bucket);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return response(router.respond(request(event), LambdaLog.of(context)));
    }

    /**
     * Header names lower-cased; the raw path, as the catch-all route delivers it undecoded; the client's address as
     * API Gateway saw it (the connection's peer: unlike X-Forwarded-For, not something the client writes).
     */
    private static ApiRequest request(APIGatewayV2HTTPEvent event) {
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod() : "GET";
        String path = event.getRawPath() != null ? event.getRawPath() : http != null ? http.getPath() : "/";
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of()
                : Map.copyOf(event.getQueryStringParameters());
        String stage = event.getRequestContext() == null ? null : event.getRequestContext().getStage();
        return new ApiRequest(method.toUpperCase(Locale.ROOT), path, query, headers, stage,
                http != null ? http.getSourceIp() : null, body(event), signedIn(event), event.getStageVariables());
    }

    /** Whether API Gateway's JWT authorizer let the request through: it then passes the token's claims. */
    private static boolean signedIn(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        return context != null && context.getAuthorizer() != null && context.getAuthorizer().getJwt() != null
                && context.getAuthorizer().getJwt().getClaims() != null;
    }

    /** The body as text: API Gateway base64-encodes one it does not take for text (a body without Content-Type). */
    private static String body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null || !event.getIsBase64Encoded()) return body;
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return body;
        }
    }

    private static APIGatewayV2HTTPResponse response(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    /** The SnapStart priming of this function, offline: the samples published, then every route. */
    public static void prime() {
        try (OfflineServices offline = OfflineServices.start()) {
            prime(offline);
        }
    }

    /**
     * Every route {@link Priming#ROUNDS} times, an article read (a counted view) included.
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
            for (String path : paths) statuses.add(api.handleRequest(PrimingEvents.get(path), null).getStatusCode());
            if (!statuses.equals(PRIMED_STATUSES)) {
                throw new IllegalStateException("priming: " + paths + " answered " + statuses);
            }
        }
        return statuses;
    }
}
