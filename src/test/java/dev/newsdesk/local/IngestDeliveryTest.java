package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestDeliveryTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ObjectChange change = ObjectChange.written("politique/mali.txt",
            new ObjectVersion("e", Instant.EPOCH, 1));
    private final S3Event event = new S3Events("us-east-1", Clock.systemUTC()).of("b", change, "01");

    private IngestDelivery delivery(RequestHandler<S3Event, Void> handler) {
        return new IngestDelivery(handler, "us-east-1", List.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void retriesAThrowTwiceLikeLambda() {
        AtomicInteger calls = new AtomicInteger();
        delivery((e, ctx) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("throttled");
            }
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"mali\"}\n");
            return null;
        }).deliver(event, change);
        assertEquals(3, calls.get());
        assertTrue(output().contains("politique/mali.txt  slug=mali  published"), output());
    }

    @Test
    void givesUpAfterThreeAttemptsWithoutThrowing() {
        AtomicInteger calls = new AtomicInteger();
        delivery((e, ctx) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("dynamodb down");
        }).deliver(event, change);
        assertEquals(3, calls.get());
        assertTrue(output().contains("FAILED after 3 attempts"), output());
        assertTrue(output().contains("dynamodb down"), output());
    }

    @Test
    void aKeyCannotSplitOrForgeALine() {
        ObjectChange forged = ObjectChange.written("a.txt\n12:00:00.000  ingest  put     b.txt  published\u001b[2K",
                new ObjectVersion("e", Instant.EPOCH, 1));
        delivery((e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"a\"}\n");
            return null;
        }).deliver(new S3Events("us-east-1", Clock.systemUTC()).of("b", forged, "01"), forged);

        List<String> lines = output().lines().filter(l -> l.contains("  ingest  ")).toList();
        assertEquals(1, lines.size(), output());
        assertTrue(lines.get(0).contains("a.txt\\n12:00:00.000  ingest  put     b.txt  published\\u001b[2K"),
                lines.get(0));
    }

    @Test
    void aFailureIsToldInWordsWithoutClassNames() {
        delivery((e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"failed\",\"reason\":\"transient: the "
                    + "article store (DynamoDB) did not answer (will be retried)\"}\n");
            throw new IllegalStateException("1 record(s) failed for a transient reason");
        }).deliver(event, change);

        String failed = output().lines().filter(l -> l.contains("FAILED")).findFirst().orElseThrow();
        assertTrue(failed.contains("FAILED after 3 attempts: transient: the article store (DynamoDB) did not answer"),
                failed);
        assertTrue(!failed.contains("Exception") && !failed.contains("will be retried"), failed);
    }

    @Test
    void stopsRetryingWhenThePumpStops() {
        AtomicInteger calls = new AtomicInteger();
        IngestDelivery delivery = delivery((e, ctx) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("connection refused");
        });
        delivery.stop();
        assertEquals(false, delivery.deliver(event, change));
        assertEquals(1, calls.get());
        assertTrue(output().contains("goes out again on the next start"), output());
    }

    @Test
    void givesTheHandlerALambdaContext() {
        delivery((e, ctx) -> {
            assertEquals("IngestFunction", ctx.getFunctionName());
            assertTrue(ctx.getInvokedFunctionArn().startsWith("arn:aws:lambda:us-east-1:"));
            assertTrue(ctx.getRemainingTimeInMillis() > 0);
            return null;
        }).deliver(event, change);
        assertTrue(output().contains("  ok  "), output());
    }

    @Test
    void readsFieldsOnlyFromJsonLines() {
        assertEquals("x", IngestDelivery.fieldFromLog(List.of("plain text", "{\"slug\":\"x\"}"), "slug"));
        assertEquals(null, IngestDelivery.fieldFromLog(List.of("{not json", "{\"a\":1}"), "slug"));
    }
}
