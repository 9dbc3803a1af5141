package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files under events/ (used by `sam local invoke` and by the function tests) read, as the functions read what
 * Lambda hands them ({@link LambdaJson}), into the events the functions take, with the fields the code relies on.
 */
class EventsTest {

    private static final String SLUG =
            "avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire";

    @Test
    void everyFileIsOneOfTheKnownEvents() throws IOException {
        Set<String> names;
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        for (String name : names) {
            assertTrue(name.endsWith(".json"), name);
            if (name.startsWith("s3-")) {
                S3Event s3 = load(name, S3Event.class);
                assertFalse(s3.records().isEmpty(), name);
                s3.records().forEach(r -> assertTrue(r.s3().object().sequencer().matches("[0-9A-F]{18}"),
                        name + ": sequencer " + r.s3().object().sequencer()));
            } else if (name.startsWith("api-")) {
                HttpApiEvent api = load(name, HttpApiEvent.class);
                assertEquals("2.0", api.version(), name);
                assertEquals(api.rawPath(), api.requestContext().http().path(), name);
                assertEquals(api.routeKey(), api.requestContext().routeKey(), name);
                api.headers().keySet().forEach(h -> assertEquals(h.toLowerCase(), h, name + ": header " + h));
            } else {
                // RankingsFunction takes the scheduled event as the map Lambda's runtime makes of it.
                Map<?, ?> scheduled = load(name, Map.class);
                assertEquals("Scheduled Event", scheduled.get("detail-type"), name);
                assertEquals("aws.events", scheduled.get("source"), name);
            }
        }
        assertTrue(names.containsAll(Set.of("s3-put.json", "s3-delete.json", "api-list-articles.json",
                "api-get-article.json", "api-rankings.json", "api-sections.json", "rankings-schedule.json")),
                names.toString());
    }

    @Test
    void putIsAnObjectCreationWithSizeAndEtag() throws IOException {
        S3Event.Notification record = single(load("s3-put.json", S3Event.class));
        assertEquals("ObjectCreated:Put", record.eventName());
        assertEquals("2.1", record.eventVersion());
        assertEquals("aws:s3", record.eventSource());
        assertEquals("eu-west-3", record.awsRegion());
        assertEquals("2026-11-28T09:14:03.512Z", record.eventTime());
        assertEquals("AWS:AIDAJDPLRKLG7UEXAMPLE", record.userIdentity().principalId());
        assertEquals("203.0.113.25", record.requestParameters().sourceIpAddress());
        assertEquals("C3D13FE58DE4C810", record.responseElements().requestId());
        assertTrue(record.responseElements().id2().startsWith("vlR7PnpV2Ce81l0P"));
        assertEquals("1.0", record.s3().s3SchemaVersion());
        assertEquals("newsdesk-IngestFunction-ArticleFileChanged", record.s3().configurationId());
        assertEquals("newsdesk-articles", record.s3().bucket().name());
        assertEquals("A3NL1KOZZKExample", record.s3().bucket().ownerIdentity().principalId());
        assertEquals("arn:aws:s3:::newsdesk-articles", record.s3().bucket().arn());
        var object = record.s3().object();
        assertEquals("politique/politique-mali-russie.txt", object.decodedKey());
        assertEquals(2691L, object.size());
        assertEquals("a98cb3b60eb2cecdaa6a28ea72e116f2", object.eTag());
        assertEquals("00674828BB5A0C2E61", object.sequencer());
        assertNull(object.versionId(), "an unversioned bucket's event has no versionId");
    }

    @Test
    void deleteRemovesTheSameKeyWithALaterSequencerAndNoSize() throws IOException {
        S3Event.Notification delete = single(load("s3-delete.json", S3Event.class));
        S3Event.Notification put = single(load("s3-put.json", S3Event.class));
        assertEquals("ObjectRemoved:Delete", delete.eventName());
        assertEquals(put.s3().object().key(), delete.s3().object().key());
        assertNull(delete.s3().object().size(), "S3 sends no size for a removal");
        assertNull(delete.s3().object().eTag());
        // Sequencers of one key compare as fixed-width hex strings.
        assertTrue(delete.s3().object().sequencer().compareTo(put.s3().object().sequencer()) > 0);
    }

    @Test
    void batchHoldsTwoRecordsWithKeysUrlEncodedAsS3SendsThem() throws IOException {
        List<S3Event.Notification> records = load("s3-put-batch.json", S3Event.class).records();
        assertEquals(2, records.size());
        var first = records.get(0).s3().object();
        assertEquals("culture/l%27%C3%A9t%C3%A9+%C3%A0+Bamako.txt", first.key());
        assertEquals("culture/l'été à Bamako.txt", first.decodedKey());
        assertEquals("economie/budget 2027.html", records.get(1).s3().object().decodedKey());
        assertEquals("ObjectCreated:CompleteMultipartUpload", records.get(1).eventName());
    }

    @Test
    void keysDecodeAsFormEncoding() {
        assertEquals("a b+c/d.txt", object("a+b%2Bc%2Fd.txt").decodedKey(), "'+' is a space, %2B a plus, %2F a slash");
        assertEquals("dossier/été 100%.txt", object("dossier/%C3%A9t%C3%A9+100%25.txt").decodedKey());
        assertEquals("plain/key.txt", object("plain/key.txt").decodedKey());
        assertThrows(IllegalArgumentException.class, () -> object("stray%zz.txt").decodedKey(),
                "not form-encoded: a stray '%'");
    }

    @Test
    void listArticles() throws IOException {
        HttpApiEvent event = load("api-list-articles.json", HttpApiEvent.class);
        assertRequest(event, "GET", "/articles", "GET /articles");
        assertEquals("section=Politique&limit=20", event.rawQueryString());
        assertEquals(Map.of("section", "Politique", "limit", "20"), event.queryStringParameters());
        assertEquals(Map.of(), event.pathParameters());
    }

    @Test
    void getArticle() throws IOException {
        HttpApiEvent event = load("api-get-article.json", HttpApiEvent.class);
        assertRequest(event, "GET", "/articles/" + SLUG, "GET /articles/{slug}");
        assertEquals(Map.of("slug", SLUG), event.pathParameters());
        assertEquals("", event.rawQueryString());
        assertTrue(event.requestContext().http().userAgent().startsWith("Mozilla/5.0"));
        assertEquals("https://www.example.org", event.headers().get("origin"));
        assertEquals(10, event.headers().size());
        var context = event.requestContext();
        assertEquals("123456789012", context.accountId());
        assertEquals("a1b2c3d4e5", context.apiId());
        assertEquals("a1b2c3d4e5.execute-api.eu-west-3.amazonaws.com", context.domainName());
        assertEquals("a1b2c3d4e5", context.domainPrefix());
        assertEquals("Xk2qDgPJCGEEJ6Q=", context.requestId());
        assertEquals("28/Nov/2026:09:15:05 +0000", context.time());
        assertEquals(1795857305311L, context.timeEpoch());
        assertEquals("HTTP/1.1", context.http().protocol());
        assertNull(context.authorizer());
        assertNull(event.body());
        assertEquals(List.of(), event.cookies());
    }

    @Test
    void unmatchedRequestsArriveThroughTheDefaultRouteWithoutPathParameters() throws IOException {
        HttpApiEvent event = load("api-head-article-default-route.json", HttpApiEvent.class);
        assertRequest(event, "HEAD", "/articles/" + SLUG, "$default");
        assertEquals(Map.of(), event.pathParameters());
    }

    @Test
    void rankings() throws IOException {
        HttpApiEvent event = load("api-rankings.json", HttpApiEvent.class);
        assertRequest(event, "GET", "/rankings", "GET /rankings");
        assertEquals("window=all", event.rawQueryString());
        assertEquals("all", event.queryStringParameters().get("window"));
    }

    @Test
    void sections() throws IOException {
        HttpApiEvent event = load("api-sections.json", HttpApiEvent.class);
        assertRequest(event, "GET", "/sections", "GET /sections");
        assertEquals(Map.of(), event.queryStringParameters());
    }

    /** What the event files do not show: cookies, a base64 body, a JWT authorizer's claims, stage variables. */
    @Test
    void aSignedInPostCarriesItsCookiesBodyClaimsAndStageVariables() {
        HttpApiEvent event = LambdaJson.read("""
                {"version": "2.0", "routeKey": "$default", "rawPath": "/uploads", "rawQueryString": "a=1&b=2",
                 "cookies": ["session=abc", "theme=dark"],
                 "headers": {"content-type": "application/octet-stream", "x-custom": "v1,v2"},
                 "queryStringParameters": {"a": "1", "b": "2"},
                 "stageVariables": {"signInClient": "client-1"},
                 "body": "aGVsbG8=", "isBase64Encoded": true,
                 "requestContext": {"http": {"method": "POST", "path": "/uploads", "sourceIp": "203.0.113.9"},
                   "authorizer": {"jwt": {"claims": {"sub": "u-1", "cognito:groups": "[editors]", "exp": 1796000000},
                                          "scopes": ["articles/write"]}},
                   "stage": "$default"}}
                """.getBytes(StandardCharsets.UTF_8), HttpApiEvent.class);
        assertEquals(List.of("session=abc", "theme=dark"), event.cookies());
        assertEquals("v1,v2", event.headers().get("x-custom"));
        assertEquals(Map.of("a", "1", "b", "2"), event.queryStringParameters());
        assertEquals(Map.of("signInClient", "client-1"), event.stageVariables());
        assertEquals("aGVsbG8=", event.body());
        assertTrue(event.isBase64Encoded());
        assertEquals("POST", event.requestContext().http().method());
        assertEquals("203.0.113.9", event.requestContext().http().sourceIp());
        var jwt = event.requestContext().authorizer().jwt();
        assertEquals("u-1", jwt.claims().get("sub"));
        assertEquals(1796000000, jwt.claims().get("exp"), "a claim that is not a string is kept as it came");
        assertEquals(List.of("articles/write"), jwt.scopes());
    }

    @Test
    void fieldsThisCodeDoesNotKnowAreIgnored() {
        S3Event event = LambdaJson.read("""
                {"Records": [{"eventName": "ObjectCreated:Put", "glacierEventData": {"restoreEventData": {}},
                  "s3": {"bucket": {"name": "b", "newField": 1},
                         "object": {"key": "k+1.txt", "size": 3, "checksumAlgorithm": "SHA256"}}}],
                 "anotherTopLevelField": [1, 2]}
                """.getBytes(StandardCharsets.UTF_8), S3Event.class);
        var object = single(event).s3().object();
        assertEquals("k 1.txt", object.decodedKey());
        assertEquals(3L, object.size());
        HttpApiEvent api = LambdaJson.read("""
                {"rawPath": "/x", "unknown": {"deep": [true]}, "requestContext": {"http": {"method": "GET",
                 "futureField": "?"}, "unknownToo": 1}}
                """.getBytes(StandardCharsets.UTF_8), HttpApiEvent.class);
        assertEquals("/x", api.rawPath());
        assertEquals("GET", api.requestContext().http().method());
    }

    @Test
    void nullValuesAreLeftOutAsIfNotSent() {
        HttpApiEvent event = LambdaJson.read("""
                {"rawPath": "/x", "cookies": ["a=1", null], "headers": {"accept": null, "host": "h"},
                 "queryStringParameters": null, "pathParameters": {"slug": null}}
                """.getBytes(StandardCharsets.UTF_8), HttpApiEvent.class);
        assertEquals(List.of("a=1"), event.cookies());
        assertEquals(Map.of("host", "h"), event.headers());
        assertEquals(Map.of(), event.queryStringParameters());
        assertEquals(Map.of(), event.pathParameters());
        assertEquals(Map.of(), event.stageVariables(), "absent");
    }

    @Test
    void whatIsNoEventIsRefusedWithTheReason() {
        var notJson = assertThrows(IllegalArgumentException.class,
                () -> LambdaJson.read("Records".getBytes(StandardCharsets.UTF_8), S3Event.class));
        assertTrue(notJson.getMessage().startsWith("the event is not S3Event JSON"), notJson.getMessage());
        var wrongShape = assertThrows(IllegalArgumentException.class,
                () -> LambdaJson.read("{\"Records\": {\"s3\": 1}}".getBytes(StandardCharsets.UTF_8), S3Event.class));
        assertTrue(wrongShape.getMessage().startsWith("the event is not S3Event JSON"), wrongShape.getMessage());
        var nullRecord = assertThrows(IllegalArgumentException.class,
                () -> LambdaJson.read("{\"Records\": [null]}".getBytes(StandardCharsets.UTF_8), S3Event.class));
        assertTrue(nullRecord.getMessage().contains("a record of the event is null"), nullRecord.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> LambdaJson.read("null".getBytes(StandardCharsets.UTF_8), HttpApiEvent.class));
        assertEquals("the event is null, not HttpApiEvent", none.getMessage());
    }

    @Test
    void eventsWrittenReadBackTheSame() throws IOException {
        for (String name : List.of("s3-put.json", "s3-delete.json", "s3-put-batch.json")) {
            S3Event event = load(name, S3Event.class);
            assertEquals(event, LambdaJson.read(LambdaJson.bytes(event), S3Event.class), name);
        }
        HttpApiEvent api = load("api-get-article.json", HttpApiEvent.class);
        assertEquals(api, LambdaJson.read(LambdaJson.bytes(api), HttpApiEvent.class));
    }

    @Test
    void theResponseIsWrittenWithTheNamesApiGatewayReads() throws IOException {
        JsonNode json = new ObjectMapper().readTree(LambdaJson.bytes(new HttpApiResponse(404,
                Map.of("Content-Type", "application/problem+json"), List.of("a=1"), "{}", false)));
        assertEquals(Set.of("statusCode", "headers", "cookies", "body", "isBase64Encoded"),
                Set.copyOf(iterable(json.fieldNames())));
        assertEquals(404, json.get("statusCode").asInt());
        assertEquals("application/problem+json", json.get("headers").get("Content-Type").asText());
        assertEquals("a=1", json.get("cookies").get(0).asText());
        assertEquals("{}", json.get("body").asText());
        assertFalse(json.get("isBase64Encoded").asBoolean());
        JsonNode noBody = new ObjectMapper().readTree(LambdaJson.bytes(new HttpApiResponse(304, null, null, null,
                false)));
        assertFalse(noBody.has("body"), "a null field is left out: " + noBody);
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    static <T> T load(String file, Class<T> type) throws IOException {
        return LambdaJson.read(Files.readAllBytes(Path.of("events", file)), type);
    }

    private static S3Event.S3Object object(String key) {
        return new S3Event.S3Object(key, 1L, "e", null, "01");
    }

    private static void assertRequest(HttpApiEvent event, String method, String path, String routeKey) {
        assertEquals(routeKey, event.routeKey());
        assertEquals(path, event.rawPath());
        var http = event.requestContext().http();
        assertEquals(method, http.method());
        assertEquals(path, http.path());
        assertEquals("198.51.100.23", http.sourceIp());
        assertEquals(http.userAgent(), event.headers().get("user-agent"));
        assertEquals("$default", event.requestContext().stage());
        assertFalse(event.isBase64Encoded());
    }

    private static S3Event.Notification single(S3Event event) {
        assertEquals(1, event.records().size());
        return event.records().get(0);
    }
}
