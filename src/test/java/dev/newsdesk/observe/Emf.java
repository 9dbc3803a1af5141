package dev.newsdesk.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Checks a log line against the rules of CloudWatch's Embedded Metric Format, and reads its metrics. */
public final class Emf {

    private Emf() {
    }

    public static JsonNode parse(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts the EMF rules CloudWatch enforces (or silently drops the metrics): a millisecond Timestamp; each
     * directive with a Namespace, at most 30 dimensions a set, at most 100 metrics; every dimension a top-level
     * string member; every metric a top-level number. Returns metric name → value, and dimension sets.
     */
    public static Map<String, Double> metrics(JsonNode line) {
        JsonNode aws = line.get("_aws");
        assertTrue(aws != null && aws.isObject(), "an _aws block: " + line);
        assertTrue(aws.get("Timestamp").isIntegralNumber() && aws.get("Timestamp").asLong() > 1_600_000_000_000L,
                "Timestamp in epoch milliseconds");
        Map<String, Double> values = new HashMap<>();
        for (JsonNode directive : aws.get("CloudWatchMetrics")) {
            assertEquals(LogLine.NAMESPACE, directive.get("Namespace").asText());
            for (JsonNode set : directive.get("Dimensions")) {
                assertTrue(set.size() <= 30);
                for (JsonNode dimension : set) {
                    JsonNode value = line.get(dimension.asText());
                    assertTrue(value != null && value.isTextual(), "dimension " + dimension + " as a top-level string");
                }
            }
            assertTrue(directive.get("Metrics").size() <= 100);
            for (JsonNode metric : directive.get("Metrics")) {
                String name = metric.get("Name").asText();
                assertTrue(metric.get("Unit").isTextual());
                JsonNode value = line.get(name);
                assertTrue(value != null && value.isNumber(), "metric " + name + " as a top-level number");
                values.put(name, value.asDouble());
            }
        }
        return values;
    }

    /** The dimension names of the directive that reports {@code metric}. */
    public static java.util.List<String> dimensionsOf(JsonNode line, String metric) {
        for (JsonNode directive : line.get("_aws").get("CloudWatchMetrics")) {
            for (JsonNode m : directive.get("Metrics")) {
                if (m.get("Name").asText().equals(metric)) {
                    java.util.List<String> names = new java.util.ArrayList<>();
                    directive.get("Dimensions").get(0).forEach(d -> names.add(d.asText()));
                    return names;
                }
            }
        }
        throw new AssertionError("no metric " + metric + " in " + line);
    }
}
