package dev.newsdesk.api;

import static dev.newsdesk.api.UploadsApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /uploads: a presigned PUT that S3 (here S3Proxy) takes, and keys or bodies that are refused with a 400. */
@ExtendWith(LocalAws.class)
class UploadGrantsApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aPresignedPutStoresTheFileAndItIngests(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        var response = pipeline.post("/uploads", "{\"key\":\"city/council.html\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().get("Cache-Control"));
        JsonNode grant = Pipeline.json(response);
        assertEquals("city/council.html", grant.get("key").asText());
        assertEquals(env.settings().maxUploadBytes(), grant.get("maxBytes").asLong());
        String url = grant.get("url").asText();
        assertTrue(url.startsWith(env.settings().s3Endpoint().orElseThrow() + "/" + env.bucket() + "/city/council.html?"),
                url);
        assertTrue(url.contains("X-Amz-Expires=300"), url);

        byte[] file = Files.readAllBytes(Path.of("src/test/resources/samples/city-council.html"));
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        var stored = env.s3().headObject(b -> b.bucket(env.bucket()).key("city/council.html"));
        assertEquals(file.length, stored.contentLength());

        pipeline.ingestFunction().handle(S3Events.event(S3Events.created(env.bucket(), "city/council.html",
                file.length, stored.eTag(), S3Events.nextSequencer())), null);
        JsonNode status = pipeline.getJson("/uploads/city%2Fcouncil.html");
        assertEquals("published", status.get("state").asText());
        assertEquals("Council approves the bridge repairs", status.get("title").asText());
    }

    @Test
    void aGivenSizeIsSignedAsTheExactLength(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        JsonNode grant = Pipeline.json(pipeline.post("/uploads", "{\"key\":\"a/b.md\",\"size\":1200}"));
        assertTrue(grant.get("url").asText().contains("content-length"), grant.get("url").asText());
        long over = env.settings().maxUploadBytes() + 1;
        assertProblem(pipeline.post("/uploads", "{\"key\":\"a/b.md\",\"size\":" + over + "}"), 400,
                "size must be a number of bytes from 0 to " + env.settings().maxUploadBytes());
        assertProblem(pipeline.post("/uploads", "{\"key\":\"a/b.md\",\"size\":\"big\"}"), 400, "whole number");
    }

    @Test
    void keysOutsideTheRulesAreRefused(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        Map<String, String> refused = new LinkedHashMap<>(); // body -> what the problem's detail says
        refused.put("{\"key\":\"../secrets.txt\"}", "\"..\"");
        refused.put("{\"key\":\"city/../x.txt\"}", "\"..\"");
        refused.put("{\"key\":\"/city/x.txt\"}", "none of them empty");
        refused.put("{\"key\":\"city//x.txt\"}", "none of them empty");
        refused.put("{\"key\":\"city/x\\u0000.txt\"}", "control character");
        refused.put("{\"key\":\"city/x\\n.txt\"}", "control character");
        refused.put("{\"key\":\"city\\\\x.txt\"}", "backslash");
        refused.put("{\"key\":\"city/photo.png\"}", "must end in .html");
        refused.put("{\"key\":\"city/noextension\"}", "must end in .html");
        refused.put("{\"key\":\"" + "a/".repeat(300) + "x.txt\"}", "longer than 512");
        refused.put("{\"key\":42}", "key must be a string");
        refused.put("{}", "key is missing");
        refused.put("[\"city/x.txt\"]", "not a JSON object");
        refused.put("key=city/x.txt", "not JSON");
        refused.put("", "no body");
        refused.forEach((body, detail) -> assertProblem(pipeline.post("/uploads", body), 400, detail));
        assertProblem(pipeline.post("/uploads/city/x.txt", "{\"key\":\"city/x.txt\"}"), 405, "GET, HEAD, OPTIONS");
    }
}
