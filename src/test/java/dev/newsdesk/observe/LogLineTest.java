package dev.newsdesk.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A log line is a valid Embedded Metric Format document, with log fields first and the _aws block last. */
class LogLineTest {

    private static final Instant AT = Instant.parse("2026-11-29T01:00:00.123Z");

    @Test
    void writesTheAwsBlockCloudWatchExtractsMetricsFrom() {
        String json = LogLine.at(AT).field("event", "ingest").field("key", "a/b.txt").field("millis", 12)
                .dimension("Function", "ingest")
                .metric("Ingested", LogLine.Unit.COUNT, 1, "Function")
                .metric("ParseMillis", LogLine.Unit.MILLISECONDS, 7, "Function")
                .toJson();
        assertEquals("{\"event\":\"ingest\",\"key\":\"a/b.txt\",\"millis\":12,\"Function\":\"ingest\",\"Ingested\":1,"
                + "\"ParseMillis\":7,\"_aws\":{\"Timestamp\":1795914000123,\"CloudWatchMetrics\":[{\"Namespace\":"
                + "\"Newsdesk\",\"Dimensions\":[[\"Function\"]],\"Metrics\":[{\"Name\":\"Ingested\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ParseMillis\",\"Unit\":\"Milliseconds\"}]}]}}", json);
        assertEquals(Map.of("Ingested", 1.0, "ParseMillis", 7.0), Emf.metrics(Emf.parse(json)));
    }

    @Test
    void anExceptionIsLoggedByItsClassAndOurLineItCameFromNeverItsMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, LogLineTest::failWithAClientsInput);
        JsonNode line = Emf.parse(LogLine.at(AT).origin(e).toJson());
        assertEquals("java.lang.IllegalStateException", line.get("error").asText());
        assertTrue(line.get("at").asText().startsWith(LogLineTest.class.getName() + ".failWithAClientsInput:"),
                line.toString());
        assertFalse(line.toString().contains("secret"), line.toString());
    }

    private static void failWithAClientsInput() {
        throw new IllegalStateException("a secret from the request");
    }

    @Test
    void metricsWithOtherDimensionsGetTheirOwnDirective() {
        JsonNode line = Emf.parse(LogLine.at(AT).dimension("Function", "ingest").dimension("Reason", "empty")
                .metric("ParseMillis", LogLine.Unit.MILLISECONDS, 3, "Function")
                .metric("IngestFailed", LogLine.Unit.COUNT, 1, "Function", "Reason").toJson());
        assertEquals(2, line.get("_aws").get("CloudWatchMetrics").size());
        assertEquals(List.of("Function", "Reason"), Emf.dimensionsOf(line, "IngestFailed"));
        assertEquals(List.of("Function"), Emf.dimensionsOf(line, "ParseMillis"));
        assertEquals("empty", line.get("Reason").asText());
        Emf.metrics(line);
    }

    @Test
    void aKeyWithControlCharactersStaysOnOneLineAndReadsBack() {
        String key = "a.txt\n{\"event\":\"forged\"}\r\u001b[2K\u0000";
        String json = LogLine.at(AT).field("event", "ingest").field("key", key).toJson();
        assertTrue(json.chars().noneMatch(c -> c < 0x20), json);
        assertEquals(key, Emf.parse(json).get("key").asText());
    }

    @Test
    void aLineWithoutMetricsIsPlainJsonAndNullFieldsAreLeftOut() {
        String json = LogLine.at(AT).field("event", "x").field("slug", null).toJson();
        assertEquals("{\"event\":\"x\"}", json);
        assertFalse(json.contains("_aws"));
    }

    @Test
    void aMetricUnderAnUnsetDimensionIsABug() {
        assertThrows(IllegalArgumentException.class,
                () -> LogLine.at(AT).metric("Views", LogLine.Unit.COUNT, 1, "Function"));
        assertTrue(LogLine.at(AT).dimension("Function", "api").metric("Views", LogLine.Unit.COUNT, 1, "Function")
                .toJson().contains("\"Views\":1"));
    }
}
