package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The files under events/ (used by `sam local invoke` and by the function tests) load, as the Lambda runtime
 * would load them, into the event classes the functions take, with the fields the code relies on.
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
            Object event = name.startsWith("s3-") ? EventLoader.loadS3Event("events/" + name)
                    : name.startsWith("api-") ? EventLoader.loadApiGatewayHttpEvent("events/" + name)
                    : EventLoader.loadScheduledEvent("events/" + name);
            assertNotNull(event, name);
            if (event instanceof ScheduledEvent scheduled) {
                assertEquals("Scheduled Event", scheduled.getDetailType(), name);
                assertEquals("aws.events", scheduled.getSource(), name);
            } else if (event instanceof S3Event s3) {
                assertFalse(s3.getRecords().isEmpty(), name);
                s3.getRecords().forEach(r -> assertTrue(r.getS3().getObject().getSequencer().matches("[0-9A-F]{18}"),
                        name + ": sequencer " + r.getS3().getObject().getSequencer()));
            } else {
                APIGatewayV2HTTPEvent api = (APIGatewayV2HTTPEvent) event;
                assertEquals("2.0", api.getVersion(), name);
                assertEquals(api.getRawPath(), api.getRequestContext().getHttp().getPath(), name);
                assertEquals(api.getRouteKey(), api.getRequestContext().getRouteKey(), name);
                api.getHeaders().keySet().forEach(h -> assertEquals(h.toLowerCase(), h, name + ": header " + h));
            }
        }
        assertTrue(names.containsAll(Set.of("s3-put.json", "s3-delete.json", "api-list-articles.json",
                "api-get-article.json", "api-rankings.json", "api-sections.json", "rankings-schedule.json")),
                names.toString());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void putIsAnObjectCreationWithSizeAndEtag(S3Event event) {
        S3EventNotificationRecord record = single(event);
        assertEquals("ObjectCreated:Put", record.getEventName());
        assertEquals("newsdesk-articles", record.getS3().getBucket().getName());
        assertEquals("politique/politique-mali-russie.txt", record.getS3().getObject().getUrlDecodedKey());
        assertEquals(2691L, record.getS3().getObject().getSizeAsLong());
        assertEquals("a98cb3b60eb2cecdaa6a28ea72e116f2", record.getS3().getObject().geteTag());
        assertEquals("00674828BB5A0C2E61", record.getS3().getObject().getSequencer());
        // An unversioned bucket's event has no versionId; the runtime's deserializer then gives "" (not null).
        assertEquals("", record.getS3().getObject().getVersionId());
    }

    @ParameterizedTest
    @Event(value = "events/s3-delete.json", type = S3Event.class)
    void deleteRemovesTheSameKeyWithALaterSequencer(S3Event event) {
        S3EventNotificationRecord delete = single(event);
        S3EventNotificationRecord put = single(EventLoader.loadS3Event("events/s3-put.json"));
        assertEquals("ObjectRemoved:Delete", delete.getEventName());
        assertEquals(put.getS3().getObject().getKey(), delete.getS3().getObject().getKey());
        // S3 sends no size for a removal; the runtime's deserializer then reports 0 (not null).
        Long size = delete.getS3().getObject().getSizeAsLong();
        assertTrue(size == null || size == 0L, "size " + size);
        // Sequencers of one key compare as fixed-width hex strings.
        assertTrue(delete.getS3().getObject().getSequencer().compareTo(put.getS3().getObject().getSequencer()) > 0);
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-batch.json", type = S3Event.class)
    void batchHoldsTwoRecordsWithKeysUrlEncodedAsS3SendsThem(S3Event event) {
        List<S3EventNotificationRecord> records = event.getRecords();
        assertEquals(2, records.size());
        var first = records.get(0).getS3().getObject();
        assertEquals("culture/l%27%C3%A9t%C3%A9+%C3%A0+Bamako.txt", first.getKey());
        assertEquals("culture/l'été à Bamako.txt", first.getUrlDecodedKey());
        assertEquals("economie/budget 2027.html", records.get(1).getS3().getObject().getUrlDecodedKey());
        assertEquals("ObjectCreated:CompleteMultipartUpload", records.get(1).getEventName());
    }

    @ParameterizedTest
    @Event(value = "events/api-list-articles.json", type = APIGatewayV2HTTPEvent.class)
    void listArticles(APIGatewayV2HTTPEvent event) {
        assertRequest(event, "GET", "/articles", "GET /articles");
        assertEquals("section=Politique&limit=20", event.getRawQueryString());
        assertEquals("Politique", event.getQueryStringParameters().get("section"));
        assertEquals("20", event.getQueryStringParameters().get("limit"));
        assertNull(event.getPathParameters());
    }

    @ParameterizedTest
    @Event(value = "events/api-get-article.json", type = APIGatewayV2HTTPEvent.class)
    void getArticle(APIGatewayV2HTTPEvent event) {
        assertRequest(event, "GET", "/articles/" + SLUG, "GET /articles/{slug}");
        assertEquals(SLUG, event.getPathParameters().get("slug"));
        assertEquals("", event.getRawQueryString());
        assertTrue(event.getRequestContext().getHttp().getUserAgent().startsWith("Mozilla/5.0"));
        assertEquals("https://www.example.org", event.getHeaders().get("origin"));
    }

    @ParameterizedTest
    @Event(value = "events/api-head-article-default-route.json", type = APIGatewayV2HTTPEvent.class)
    void unmatchedRequestsArriveThroughTheDefaultRouteWithoutPathParameters(APIGatewayV2HTTPEvent event) {
        assertRequest(event, "HEAD", "/articles/" + SLUG, "$default");
        assertNull(event.getPathParameters());
    }

    @ParameterizedTest
    @Event(value = "events/api-rankings.json", type = APIGatewayV2HTTPEvent.class)
    void rankings(APIGatewayV2HTTPEvent event) {
        assertRequest(event, "GET", "/rankings", "GET /rankings");
        assertEquals("window=all", event.getRawQueryString());
        assertEquals("all", event.getQueryStringParameters().get("window"));
    }

    @ParameterizedTest
    @Event(value = "events/api-sections.json", type = APIGatewayV2HTTPEvent.class)
    void sections(APIGatewayV2HTTPEvent event) {
        assertRequest(event, "GET", "/sections", "GET /sections");
        assertNull(event.getQueryStringParameters());
    }

    private static void assertRequest(APIGatewayV2HTTPEvent event, String method, String path, String routeKey) {
        assertEquals(routeKey, event.getRouteKey());
        assertEquals(path, event.getRawPath());
        var http = event.getRequestContext().getHttp();
        assertEquals(method, http.getMethod());
        assertEquals(path, http.getPath());
        assertEquals("198.51.100.23", http.getSourceIp());
        assertEquals(http.getUserAgent(), event.getHeaders().get("user-agent"));
        assertEquals("$default", event.getRequestContext().getStage());
        assertFalse(event.getIsBase64Encoded());
    }

    private static S3EventNotificationRecord single(S3Event event) {
        assertEquals(1, event.getRecords().size());
        return event.getRecords().get(0);
    }
}
