package dev.newsdesk.cli;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.ingest.FailureWords;
import dev.newsdesk.local.LocalContext;
import dev.newsdesk.observe.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code newsdesk redrive}: replays the ingest failure queue (the events IngestFunction still failed on after
 * Lambda's retries) through the ingest code, once the cause is mended. Each message is deleted only after its
 * event went through, so a stopped or failed run loses nothing and the next run goes on with what is left
 * (resumable); an event already applied, or replayed twice, changes nothing (the sequencer check: idempotent).
 * A message that holds no S3 event is left in the queue and named. Progress on stderr.
 */
final class RedriveCommand {

    static final String USAGE = """
            usage: ./newsdesk redrive [--queue-url URL] [--sqs-endpoint URL]
              replays the ingest failure queue (env FAILURE_QUEUE_URL: the stack's IngestFailureQueueUrl output)
              through the ingest code, deleting each message once its event went through. Ctrl-C stops after the
              event in hand; run it again to go on. Needs the target's table and bucket (--aws, --table, ...).
            """ + CliTarget.USAGE;

    /** Hidden from other readers while in hand; longer than an ingest can take (the function's timeout is 60 s). */
    static final Duration IN_HAND = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;
    private final RequestHandler<S3Event, ?> ingest;
    private final String region;
    private final PrintStream err;
    private final boolean terminal;
    private final BooleanSupplier stop;

    RedriveCommand(SqsClient sqs, String queueUrl, RequestHandler<S3Event, ?> ingest, String region,
                   PrintStream err, boolean terminal, BooleanSupplier stop) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.ingest = ingest;
        this.region = region;
        this.err = err;
        this.terminal = terminal;
        this.stop = stop;
    }

    /** From {@link Main}: the queue from {@code --queue-url} or {@code FAILURE_QUEUE_URL}, the ingest on the target. */
    static int run(Services services, CliTarget target, Map<String, String> env, PrintStream err) {
        String queue = env.get("FAILURE_QUEUE_URL");
        URI endpoint = null;
        List<String> args = target.rest();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--queue-url" -> queue = i + 1 < args.size() ? args.get(++i) : "";
                case "--sqs-endpoint" -> endpoint = URI.create(i + 1 < args.size() ? args.get(++i) : "");
                case "-h", "--help" -> {
                    err.print(USAGE);
                    return 0;
                }
                default -> {
                    err.println("newsdesk redrive: unknown argument " + args.get(i) + "\n");
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        if (queue == null || queue.isBlank()) {
            if (!target.aws()) {
                err.println("newsdesk redrive: the one-machine mode has no failure queue: its event pump delivers "
                        + "every event again until it goes through (`./newsdesk status --failures` lists those waiting)");
                return 0;
            }
            err.println("newsdesk redrive: the queue is needed: --queue-url URL or FAILURE_QUEUE_URL (the stack's "
                    + "IngestFailureQueueUrl output)");
            return 2;
        }
        var builder = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(target.region())).credentialsProvider(target.credentials());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        String queueUrl = queue;
        try (SqsClient sqs = builder.build()) {
            err.println("newsdesk redrive: into " + target.describe());
            return CtrlC.run("redrive", stop -> new RedriveCommand(sqs, queueUrl, new IngestFunction(services)::handle,
                    target.region(), err, System.console() != null, stop::get).run());
        }
    }

    /** Replays until the queue has nothing visible left or a stop is asked; 0 when everything went through. */
    int run() {
        int total = Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"));
        err.println("newsdesk redrive: " + total + " events in " + queueUrl);
        ProgressBar bar = new ProgressBar(err, terminal, total, 0, System.nanoTime(), "events");
        Map<String, Integer> results = new TreeMap<>();
        int done = 0;
        int unreadable = 0;
        while (!stop.getAsBoolean()) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout((int) IN_HAND.toSeconds())).messages();
            if (batch.isEmpty()) {
                break;
            }
            for (int i = 0; i < batch.size(); i++) {
                Message m = batch.get(i);
                if (stop.getAsBoolean()) {
                    release(batch.subList(i, batch.size())); // not started: visible again at once for the next run
                    break;
                }
                S3Event event;
                try {
                    event = FailureRecords.event(m.body());
                } catch (IllegalArgumentException notAnEvent) {
                    // Left in the queue (hidden for a while, so this run does not meet it again) for a person.
                    clearLine();
                    err.println("left in the queue: message " + m.messageId() + " (" + notAnEvent.getMessage() + ")");
                    unreadable++;
                    continue;
                }
                List<String> lines = new ArrayList<>();
                try {
                    ingest.handleRequest(event, new LocalContext("IngestFunction", region, Duration.ofSeconds(60),
                            1536, lines::add));
                } catch (RuntimeException e) {
                    release(batch.subList(i, batch.size())); // this one and those not started: nothing is lost
                    bar.finish();
                    err.println("newsdesk redrive: stopped after " + done + " events: " + FailureWords.of(e)
                            + ". Nothing is lost: run it again once that is mended.");
                    return 1;
                }
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                done++;
                for (String line : lines) {
                    tally(line, results);
                }
                bar.update(done, System.nanoTime(), false);
            }
        }
        bar.update(done, System.nanoTime(), true);
        bar.finish();
        String summary = results.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("no record");
        err.println("newsdesk redrive: " + done + " events replayed (" + summary + ")"
                + (unreadable > 0 ? "; " + unreadable + " messages left in the queue" : "")
                + (stop.getAsBoolean() ? "; stopped: run it again to go on" : ""));
        return unreadable > 0 ? 1 : stop.getAsBoolean() ? 130 : 0;
    }

    /** Makes messages visible again at once: they go to the next run instead of waiting out their hiding time. */
    private void release(List<Message> messages) {
        for (Message m : messages) {
            sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
                    .visibilityTimeout(0));
        }
    }

    private void clearLine() {
        if (terminal) err.print("\r\u001b[K");
    }

    /** Counts the handler's results (published, skipped, ...) and names the files that failed for good. */
    private void tally(String line, Map<String, Integer> results) {
        try {
            JsonNode record = JSON.readTree(line);
            String result = record.path("result").asText("");
            if (!result.isEmpty()) {
                results.merge(result, 1, Integer::sum);
            }
            if (result.equals("failed")) {
                clearLine();
                err.println("failed  " + Printable.escape(record.path("key").asText()) + "  "
                        + Printable.escape(record.path("reason").asText()));
            }
        } catch (IOException notJson) {
            // an ordinary log line: nothing to count
        }
    }
}
