package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.observe.LogLine;
import dev.newsdesk.views.RankingRollup;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rollup's log line carries the lag metric the template's alarm watches, as CloudWatch reads it (EMF). */
class RankingsFunctionLineTest {

    @Test
    void theLineReportsTheLagOfTheLastFoldedMinuteAsAMetric() throws Exception {
        Instant now = Instant.parse("2026-12-02T10:07:20Z");
        var report = new RankingRollup.Report(2, 8, Instant.parse("2026-12-02T09:58:00Z"), false, false);
        JsonNode line = new ObjectMapper().readTree(RankingsFunction.line(report, now, 1234).toJson());

        assertEquals(500, line.path(RankingsFunction.LAG_METRIC).asLong(), "09:59:00 to 10:07:20");
        assertEquals("rollup", line.path("Function").asText());
        assertEquals(8, line.path("rankingsWritten").asInt());
        assertEquals("false", line.path("caughtUp").asText());
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").path(0);
        assertEquals(LogLine.NAMESPACE, directive.path("Namespace").asText());
        assertEquals("Function", directive.path("Dimensions").path(0).path(0).asText());
        assertEquals(RankingsFunction.LAG_METRIC, directive.path("Metrics").path(0).path("Name").asText());
        assertEquals("Seconds", directive.path("Metrics").path(0).path("Unit").asText());
    }
}
