package dev.newsdesk.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link InitBench}: what a Lambda cold start does, on the Lambda package's class path
 * alone. It builds the handler with its no-argument constructor (as the runtime does, from the environment),
 * hands it one event built as the runtime's deserializer would, prints {@code HANDLED <result>} and halts.
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
        ApiFunction handler = new ApiFunction();
        mark("constructed");
        if (primed) {
            ApiFunction.prime();
            mark("primed");
        }
        String path = "/articles/" + slug;
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("GET /articles/{slug}").withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("accept", "application/json", "user-agent", "Mozilla/5.0 (init bench)"))
                .withPathParameters(Map.of("slug", slug))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("init-bench").withRouteKey("GET /articles/{slug}").withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                .withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1")
                                .withUserAgent("Mozilla/5.0 (init bench)").build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        return Integer.toString(response.getStatusCode());
    }

    private static String ingest(String bucket, String key, long size, String sequencer, boolean primed) {
        IngestFunction handler = new IngestFunction();
        mark("constructed");
        if (primed) {
            IngestFunction.prime();
            mark("primed");
        }
        var object = new S3EventNotification.S3ObjectEntity(key, size, "", "", sequencer);
        var s3 = new S3EventNotification.S3Entity("init-bench",
                new S3EventNotification.S3BucketEntity(bucket,
                        new S3EventNotification.UserIdentityEntity("BENCH"), "arn:aws:s3:::" + bucket),
                object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                "2026-11-29T01:00:00.000Z", "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("id2", "requestid"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:BENCH"));
        handler.handleRequest(new S3Event(List.of(record)), null);
        return "ingested";
    }
}
