package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.functions.events.S3Event;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestDeliveryTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> handlerLines = new ArrayList<>();
    private final ObjectChange change = ObjectChange.written("politique/mali.txt",
            new ObjectVersion("e", Instant.EPOCH, 1));
    private final S3Event event = new S3Events("us-east-1", Clock.systemUTC()).of("b", change, "01");

    private IngestDelivery delivery(RequestHandler<S3Event, Void> handler) {
        return new IngestDelivery(handler, "us-east-1", new PrintStream(printed, true, StandardCharsets.UTF_8),
                handlerLines::add);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDeliveryIsOneLineOnTheTerminalAndTheHandlersJsonInItsLog() {
        Delivered result = delivery((e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"mali\"}\n");
            return null;
        }).deliver(event, change, 1);
        assertEquals(Delivered.done("published"), result);
        assertEquals(List.of("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"mali\"}"), handlerLines);
        assertEquals(1, output().lines().count(), output());
        assertTrue(output().contains("politique/mali.txt  slug=mali  published"), output());
        assertFalse(output().contains("{"), "no JSON on the terminal: " + output());
    }

    @Test
    void aThrowIsNotGivenUpButLeftWaitingWithItsReasonInWords() {
        RequestHandler<S3Event, Void> down = (e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"failed\",\"reason\":\"transient: the "
                    + "article store (DynamoDB) did not answer (will be retried)\"}\n");
            throw new IllegalStateException("1 record(s) failed for a transient reason");
        };
        Delivered result = delivery(down).deliver(event, change, 1);

        assertEquals(Delivered.waiting("transient: the article store (DynamoDB) did not answer"), result);
        String line = output().strip();
        assertTrue(line.contains("politique/mali.txt  waiting: transient: the article store (DynamoDB) did not "
                + "answer; it goes out again until it is ingested"), line);
        assertFalse(line.contains("Exception") || line.contains("will be retried") || line.contains("FAILED"), line);
    }

    @Test
    void onlyTheFirstFailureOfAnEventIsPrinted() {
        IngestDelivery delivery = delivery((e, ctx) -> {
            throw new IllegalStateException("connection refused");
        });
        delivery.deliver(event, change, 1);
        delivery.deliver(event, change, 2);
        delivery.deliver(event, change, 3);
        assertEquals(1, output().lines().count(), output());
    }

    @Test
    void aRedeliveryThatWorksSaysOnWhichAttempt() {
        delivery((e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"mali\"}\n");
            return null;
        }).deliver(event, change, 4);
        assertTrue(output().contains("slug=mali  published  on attempt 4"), output());
    }

    @Test
    void aKeyCannotSplitOrForgeALine() {
        ObjectChange forged = ObjectChange.written("a.txt\n12:00:00.000  ingest  put     b.txt  published\u001b[2K",
                new ObjectVersion("e", Instant.EPOCH, 1));
        delivery((e, ctx) -> {
            ctx.getLogger().log("{\"event\":\"ingest\",\"result\":\"published\",\"slug\":\"a\"}\n");
            return null;
        }).deliver(new S3Events("us-east-1", Clock.systemUTC()).of("b", forged, "01"), forged, 1);

        List<String> lines = output().lines().filter(l -> l.contains("  ingest  ")).toList();
        assertEquals(1, lines.size(), output());
        assertTrue(lines.get(0).contains("a.txt\\n12:00:00.000  ingest  put     b.txt  published\\u001b[2K"),
                lines.get(0));
    }

    @Test
    void aFailureWhileThePumpStopsIsLeftForTheNextStart() {
        IngestDelivery delivery = delivery((e, ctx) -> {
            throw new IllegalStateException("connection refused");
        });
        delivery.stop();
        assertEquals(Delivered.stopped(), delivery.deliver(event, change, 1));
        assertTrue(output().contains("goes out again on the next start"), output());
    }

    @Test
    void givesTheHandlerALambdaContext() {
        delivery((e, ctx) -> {
            assertEquals("IngestFunction", ctx.getFunctionName());
            assertTrue(ctx.getInvokedFunctionArn().startsWith("arn:aws:lambda:us-east-1:"));
            assertTrue(ctx.getRemainingTimeInMillis() > 0);
            return null;
        }).deliver(event, change, 1);
        assertTrue(output().contains("  ok  "), output());
    }

    @Test
    void readsFieldsOnlyFromJsonLines() {
        assertEquals("x", IngestDelivery.fieldFromLog(List.of("plain text", "{\"slug\":\"x\"}"), "slug"));
        assertEquals(null, IngestDelivery.fieldFromLog(List.of("{not json", "{\"a\":1}"), "slug"));
    }
}
