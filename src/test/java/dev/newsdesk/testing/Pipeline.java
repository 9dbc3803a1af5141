package dev.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The whole pipeline for a test, on the real protocol servers: an upload puts the object into S3 and hands
 * IngestFunction's handler the event S3 would send; a request goes to ApiFunction's handler as API Gateway
 * would send it. Both go in as JSON, the way Lambda invokes the functions ({@link Invoke}).
 */
public final class Pipeline {

    private final LocalAws.Env env;
    private final Services services;
    private final IngestFunction ingest;
    private final ApiFunction api;
    private final Clock clock;

    public Pipeline(LocalAws.Env env) {
        this(env, Clock.systemUTC());
    }

    public Pipeline(LocalAws.Env env, Clock clock) {
        this(env, Services.create(env.settings(), clock));
    }

    public Pipeline(LocalAws.Env env, Services services) {
        this.env = env;
        this.services = services;
        Clock clock = services.clock();
        this.ingest = new IngestFunction(services);
        this.api = new ApiFunction(services);
        this.clock = clock;
    }

    /** Runs the rankings rollup once, as the schedule does. */
    public void rollup() {
        services.rollup().run(clock.instant());
    }

    public Services services() {
        return services;
    }

    public IngestFunction ingestFunction() {
        return ingest;
    }

    public String bucket() {
        return env.bucket();
    }

    /** Uploads {@code bytes} as {@code key} and delivers its ObjectCreated event; returns the event's sequencer. */
    public String upload(String key, byte[] bytes) {
        return upload(key, bytes, null);
    }

    /** {@link #upload(String, byte[])} with the object's Content-Type (null: S3's default). */
    public String upload(String key, byte[] bytes, String contentType) {
        String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key).contentType(contentType),
                RequestBody.fromBytes(bytes)).eTag();
        String sequencer = S3Events.nextSequencer();
        Invoke.ingest(ingest, S3Events.event(S3Events.created(env.bucket(), key, bytes.length, etag, sequencer)));
        return sequencer;
    }

    public String upload(String key, String text) {
        return upload(key, text.getBytes(StandardCharsets.UTF_8));
    }

    public String uploadSample(String key) {
        return upload(key, sample());
    }

    /** Deletes the object and delivers its ObjectRemoved event; returns the event's sequencer. */
    public String delete(String key) {
        env.s3().deleteObject(b -> b.bucket(env.bucket()).key(key));
        String sequencer = S3Events.nextSequencer();
        Invoke.ingest(ingest, S3Events.event(S3Events.removed(env.bucket(), key, sequencer)));
        return sequencer;
    }

    public HttpApiResponse request(String method, String pathAndQuery, Map<String, String> headers) {
        return requestFrom("127.0.0.1", method, pathAndQuery, headers);
    }

    /** A request as API Gateway delivers it from a client at {@code sourceIp}. */
    public HttpApiResponse requestFrom(String sourceIp, String method, String pathAndQuery,
                                                Map<String, String> headers) {
        return requestFrom(sourceIp, method, pathAndQuery, headers, null);
    }

    /** A POST of a JSON {@code body}, as API Gateway delivers it. */
    public HttpApiResponse post(String pathAndQuery, String body) {
        return requestFrom("127.0.0.1", "POST", pathAndQuery, Map.of("content-type", "application/json"), body);
    }

    /** A GET as the API's stage delivers it with its {@code stageVariables} (template.yaml). */
    public HttpApiResponse getOnStage(String pathAndQuery, Map<String, String> stageVariables) {
        return Invoke.api(api, event("127.0.0.1", "GET", pathAndQuery, Map.of(), null, stageVariables));
    }

    private HttpApiResponse requestFrom(String sourceIp, String method, String pathAndQuery,
                                        Map<String, String> headers, String body) {
        return Invoke.api(api, event(sourceIp, method, pathAndQuery, headers, body, Map.of()));
    }

    private static HttpApiEvent event(String sourceIp, String method, String pathAndQuery,
                                      Map<String, String> headers, String body, Map<String, String> stageVariables) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String rawQuery = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.merge(name, value, (a, b) -> a + "," + b); // API Gateway joins repeated parameters with commas
        }
        Map<String, String> allHeaders = new HashMap<>(Map.of("user-agent", "curl/8.5.0", "host", "localhost"));
        allHeaders.putAll(headers);
        var http = new HttpApiEvent.Http(method, path, "HTTP/1.1", sourceIp, allHeaders.get("user-agent"));
        return new HttpApiEvent("2.0", "$default", path, rawQuery, null, allHeaders, query, null, stageVariables,
                body, false, new HttpApiEvent.RequestContext(null, null, null, null, null, null, null, null, 0, http,
                null));
    }

    public HttpApiResponse get(String pathAndQuery) {
        return request("GET", pathAndQuery, Map.of());
    }

    /** GETs and parses a 200 JSON answer. */
    public JsonNode getJson(String pathAndQuery) {
        HttpApiResponse response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response);
    }

    public static JsonNode json(HttpApiResponse response) {
        try {
            return ArticleJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as a JSON upload's bytes. */
    public static byte[] json(Object value) {
        try {
            return ArticleJson.mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference article the project was created from. */
    public static byte[] sample() {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/samples/politique-mali-russie.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
