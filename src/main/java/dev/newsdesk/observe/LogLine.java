package dev.newsdesk.observe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One structured JSON log line that is also a CloudWatch Embedded Metric Format document: the log fields first
 * (what a person reads), then the metric values, then the {@code _aws} block that tells CloudWatch Logs which
 * members are metrics, in namespace {@value #NAMESPACE}, with which dimensions. CloudWatch extracts the metrics
 * from the log line itself: no PutMetricData call, no agent, no library. Metrics that need different dimensions
 * go in separate directives of the same line ({@link #metric} with dimension names).
 *
 * <p>Format: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
public final class LogLine {

    public static final String NAMESPACE = "Newsdesk";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Units this project uses, spelled as CloudWatch wants them. */
    public enum Unit {
        COUNT("Count"), MILLISECONDS("Milliseconds"), SECONDS("Seconds");

        final String cloudWatch;

        Unit(String cloudWatch) {
            this.cloudWatch = cloudWatch;
        }
    }

    private record Metric(String name, Unit unit, double value, List<String> dimensions) {
    }

    private final Instant at;
    private final ObjectNode fields = JSON.createObjectNode();
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final List<Metric> metrics = new ArrayList<>();

    private LogLine(Instant at) {
        this.at = at;
    }

    /** A line stamped {@code at} (the metrics' timestamp). */
    public static LogLine at(Instant at) {
        return new LogLine(at);
    }

    /** A log field; null values are left out. */
    public LogLine field(String name, String value) {
        if (value != null) fields.put(name, value);
        return this;
    }

    public LogLine field(String name, long value) {
        fields.put(name, value);
        return this;
    }

    /**
     * Where an exception came from: its class and the first line of our code on its stack. Never its message (it
     * may quote a client's input, a file or a server's answer) nor the trace: class and origin are what a bug hunt
     * starts from, and they fit in one line.
     */
    public LogLine origin(Throwable e) {
        field("error", e.getClass().getName());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.newsdesk.")) {
                return field("at", frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber());
            }
        }
        return this;
    }

    /** A dimension value (a top-level string member, as EMF requires), for the metrics that name it. */
    public LogLine dimension(String name, String value) {
        dimensions.put(name, value);
        return this;
    }

    /** A metric value, with the names of the dimensions it is reported under (each set with {@link #dimension}). */
    public LogLine metric(String name, Unit unit, double value, String... dimensionNames) {
        for (String d : dimensionNames) {
            if (!dimensions.containsKey(d)) throw new IllegalArgumentException("dimension " + d + " has no value");
        }
        metrics.add(new Metric(name, unit, value, List.of(dimensionNames)));
        return this;
    }

    /** The line, without a line break. */
    public String toJson() {
        ObjectNode line = fields.deepCopy();
        dimensions.forEach(line::put);
        for (Metric m : metrics) {
            if (m.value() == Math.rint(m.value())) line.put(m.name(), (long) m.value());
            else line.put(m.name(), m.value());
        }
        if (!metrics.isEmpty()) {
            ObjectNode aws = line.putObject("_aws");
            aws.put("Timestamp", at.toEpochMilli());
            ArrayNode directives = aws.putArray("CloudWatchMetrics");
            // One directive per distinct dimension set: every metric of a directive shares its dimensions.
            Map<List<String>, ArrayNode> byDimensions = new LinkedHashMap<>();
            for (Metric m : metrics) {
                ArrayNode defs = byDimensions.computeIfAbsent(m.dimensions(), dims -> {
                    ObjectNode directive = directives.addObject();
                    directive.put("Namespace", NAMESPACE);
                    ArrayNode set = directive.putArray("Dimensions").addArray();
                    dims.forEach(set::add);
                    return directive.putArray("Metrics");
                });
                defs.addObject().put("Name", m.name()).put("Unit", m.unit().cloudWatch);
            }
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
