package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.observe.Emf;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Each ingest and each API request writes exactly one JSON line to the function's log, with what happened and
 * the metrics CloudWatch extracts (Embedded Metric Format); no query value, header or stack trace.
 */
@ExtendWith(LocalAws.class)
class ObservabilityTest {

    private static final String GOOD = "Sciences\n\nUne sonde atteint Jupiter\n\n"
            + "Après six ans de voyage, la sonde européenne s'est placée en orbite autour de la planète géante.";

    /** A Lambda context whose logger keeps the lines, as CloudWatch Logs would. */
    private static final class Captured implements Context {
        final List<String> lines = new ArrayList<>();

        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) {
                    lines.add(message.strip());
                }

                public void log(byte[] message) {
                    log(new String(message, StandardCharsets.UTF_8));
                }
            };
        }

        List<JsonNode> json() {
            return lines.stream().map(Emf::parse).toList();
        }

        public String getAwsRequestId() { return "req-1"; }
        public String getLogGroupName() { return "/aws/lambda/test"; }
        public String getLogStreamName() { return "stream"; }
        public String getFunctionName() { return "test"; }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:123456789012:function:test"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 10_000; }
        public int getMemoryLimitInMB() { return 1024; }
    }

    @Test
    void anIngestLineCarriesKeySlugOutcomeReasonDurationAndItsMetrics(LocalAws.Env env) {
        IngestFunction handler = new IngestFunction(Services.create(env.settings()));
        env.s3().putObject(b -> b.bucket(env.bucket()).key("sci/jupiter.txt"), RequestBody.fromString(GOOD));
        env.s3().putObject(b -> b.bucket(env.bucket()).key("sci/empty.txt"), RequestBody.empty());
        Captured context = new Captured();
        handler.handle(S3Events.event(
                S3Events.created(env.bucket(), "sci/jupiter.txt", GOOD.length(), "e1", null),
                S3Events.created(env.bucket(), "sci/empty.txt", 0, "e2", null)), context);

        List<JsonNode> lines = context.json();
        assertEquals(2, lines.size(), "one line per record");
        JsonNode published = lines.get(0);
        assertEquals("ingest", published.get("event").asText());
        assertEquals("sci/jupiter.txt", published.get("key").asText());
        assertEquals("published", published.get("result").asText());
        assertEquals("une-sonde-atteint-jupiter", published.get("slug").asText());
        assertTrue(published.get("millis").isIntegralNumber());
        Map<String, Double> metrics = Emf.metrics(published);
        assertEquals(1.0, metrics.get("Ingested"));
        assertTrue(metrics.containsKey("ParseMillis"));
        assertFalse(metrics.containsKey("IngestFailed"));

        JsonNode failed = lines.get(1);
        assertEquals("failed", failed.get("result").asText());
        assertEquals("empty: the file is empty", failed.get("reason").asText());
        assertEquals(1.0, Emf.metrics(failed).get("IngestFailed"));
        assertEquals(List.of("Function", "Reason"), Emf.dimensionsOf(failed, "IngestFailed"));
        assertEquals("empty", failed.get("Reason").asText());
    }

    @Test
    void aRequestLineCarriesRouteStatusSlugDurationAndTheViewItCounted(LocalAws.Env env) {
        Services services = Services.create(env.settings());
        env.s3().putObject(b -> b.bucket(env.bucket()).key("sci/jupiter.txt"), RequestBody.fromString(GOOD));
        new IngestFunction(services).handle(S3Events.event(
                S3Events.created(env.bucket(), "sci/jupiter.txt", GOOD.length(), "e1", null)), new Captured());
        ApiFunction api = new ApiFunction(services);

        Captured read = new Captured();
        api.handle(request("GET", "/articles/une-sonde-atteint-jupiter", Map.of(), "Mozilla/5.0"), read);
        assertEquals(1, read.lines.size());
        JsonNode line = read.json().get(0);
        assertEquals("request", line.get("event").asText());
        assertEquals("/articles/{slug}", line.get("route").asText());
        assertEquals(200, line.get("status").asInt());
        assertEquals("une-sonde-atteint-jupiter", line.get("slug").asText());
        assertTrue(line.get("millis").isIntegralNumber());
        assertEquals(1.0, Emf.metrics(line).get("Views"));

        Captured head = new Captured();
        api.handle(request("HEAD", "/articles/une-sonde-atteint-jupiter", Map.of(), "Mozilla/5.0"), head);
        assertNull(head.json().get(0).get("_aws"), "a HEAD counts no view");
        Captured bot = new Captured();
        api.handle(request("GET", "/articles/une-sonde-atteint-jupiter", Map.of(), "Googlebot/2.1"), bot);
        assertNull(bot.json().get(0).get("_aws"), "a bot counts no view");

        Captured secret = new Captured();
        api.handle(request("GET", "/articles", Map.of("cursor", "s3cr3t-token", "keyword", "p4ssw0rd"),
                "Mozilla/5.0"), secret);
        assertEquals(1, secret.lines.size());
        assertEquals("/articles", secret.json().get(0).get("route").asText());
        assertEquals(400, secret.json().get(0).get("status").asInt());
        assertFalse(secret.lines.get(0).contains("s3cr3t") || secret.lines.get(0).contains("p4ssw0rd"),
                secret.lines.get(0));

        Captured unknown = new Captured();
        api.handle(request("GET", "/articles/<script>alert(1)</script>/x", Map.of(), "Mozilla/5.0"), unknown);
        assertEquals("unmatched", unknown.json().get(0).get("route").asText());
        assertFalse(unknown.lines.get(0).contains("script"), "the raw path is not logged");
    }

    private static HttpApiEvent request(String method, String path, Map<String, String> query, String agent) {
        return new HttpApiEvent("2.0", "$default", path, null, null, Map.of("user-agent", agent), query, null, null,
                null, false, new HttpApiEvent.RequestContext(null, null, null, null, null, null, null, null, 0,
                        new HttpApiEvent.Http(method, path, null, null, null), null));
    }
}
