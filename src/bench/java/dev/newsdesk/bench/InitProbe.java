package dev.newsdesk.bench;

import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.InMemoryInvocation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child process of {@link InitBench}: what a Lambda cold start does, on the Lambda package's class path
 * alone. It builds the handler with its no-argument constructor (as the runtime does, from the environment),
 * hands it one event's JSON through its stream handler, as the runtime does, prints {@code HANDLED <result>} and
 * halts. The event's JSON is a text here, not written with Jackson: on Lambda it arrives as bytes, and the
 * handler's Jackson must be as cold as there.
 * It uses nothing but the package's own classes.
 *
 * <p>It prints {@code T <step> <System.nanoTime()>} after each step (main entered, handler built, primed); the
 * monotonic clock is the same for every process of the machine, so the bench can split the time.
 * With {@code primed}, the handler's SnapStart priming runs after construction, as before a snapshot: the
 * first event's time after it is what a restored instance still pays.
 *
 * <pre>InitProbe hello | api [primed] SLUG | ingest [primed] BUCKET KEY SIZE SEQUENCER</pre>
 */
public final class InitProbe {

    private static final Pattern STATUS = Pattern.compile("\"statusCode\":(\\d+)");

    public static void main(String[] args) {
        mark("main");
        boolean primed = args.length > 1 && args[1].equals("primed");
        String[] rest = java.util.Arrays.copyOfRange(args, primed ? 2 : 1, args.length);
        String result = switch (args[0]) {
            case "hello" -> {
                HelloHandler hello = new HelloHandler();
                mark("constructed");
                yield hello.handleRequest(Map.of("name", "init"), null);
            }
            case "api" -> api(rest[0], primed);
            case "ingest" -> ingest(rest[0], rest[1], Long.parseLong(rest[2]), rest[3], primed);
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.println("HANDLED " + result);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    static void mark(String step) {
        System.out.println("T " + step + " " + System.nanoTime());
    }

    private static String api(String slug, boolean primed) {
        byte[] event = """
                {"version": "2.0", "routeKey": "GET /articles/{slug}", "rawPath": "/articles/%1$s", "rawQueryString": "",
                 "headers": {"accept": "application/json", "user-agent": "Mozilla/5.0 (init bench)"},
                 "pathParameters": {"slug": "%1$s"},
                 "requestContext": {"requestId": "init-bench", "routeKey": "GET /articles/{slug}", "stage": "$default",
                   "http": {"method": "GET", "path": "/articles/%1$s", "protocol": "HTTP/1.1",
                            "sourceIp": "127.0.0.1", "userAgent": "Mozilla/5.0 (init bench)"}},
                 "isBase64Encoded": false}
                """.formatted(slug).getBytes(StandardCharsets.UTF_8);
        ApiFunction handler = new ApiFunction();
        mark("constructed");
        if (primed) {
            ApiFunction.prime();
            mark("primed");
        }
        // The status read off the bytes: the runtime passes them on unread, so the probe does not parse them.
        Matcher status = STATUS.matcher(new String(InMemoryInvocation.call(handler, event), StandardCharsets.UTF_8));
        return status.find() ? status.group(1) : "no status";
    }

    private static String ingest(String bucket, String key, long size, String sequencer, boolean primed) {
        byte[] event = """
                {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
                  "eventTime": "2026-11-29T01:00:00.000Z", "eventName": "ObjectCreated:Put",
                  "userIdentity": {"principalId": "AWS:BENCH"}, "requestParameters": {"sourceIPAddress": "127.0.0.1"},
                  "responseElements": {"x-amz-request-id": "requestid", "x-amz-id-2": "id2"},
                  "s3": {"s3SchemaVersion": "1.0", "configurationId": "init-bench",
                    "bucket": {"name": "%s", "ownerIdentity": {"principalId": "BENCH"}, "arn": "arn:aws:s3:::%1$s"},
                    "object": {"key": "%s", "size": %d, "sequencer": "%s"}}}]}
                """.formatted(bucket, key, size, sequencer).getBytes(StandardCharsets.UTF_8);
        IngestFunction handler = new IngestFunction();
        mark("constructed");
        if (primed) {
            IngestFunction.prime();
            mark("primed");
        }
        InMemoryInvocation.call(handler, event);
        return "ingested";
    }
}
