package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The events priming hands the functions, shaped as the Lambda runtime delivers them. */
final class PrimingEvents {

    private PrimingEvents() {
    }

    static APIGatewayV2HTTPEvent get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("$default").withRawPath(path)
                .withRawQueryString(query).withQueryStringParameters(params.isEmpty() ? null : params)
                .withHeaders(Map.of("accept", "application/json", "user-agent", "Mozilla/5.0 (priming)",
                        "host", "127.0.0.1"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                .withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .build();
    }

    static S3Event put(String bucket, String key, long size, long sequencer) {
        return objectEvent("ObjectCreated:Put", bucket, key, size, sequencer);
    }

    static S3Event delete(String bucket, String key, long sequencer) {
        return objectEvent("ObjectRemoved:Delete", bucket, key, 0, sequencer);
    }

    private static S3Event objectEvent(String name, String bucket, String key, long size, long sequencer) {
        var object = new S3EventNotification.S3ObjectEntity(key, size, "priming", "",
                String.format("%018X", sequencer));
        var s3 = new S3EventNotification.S3Entity("priming", new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("PRIMING"), "arn:aws:s3:::" + bucket), object, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1",
                name, "aws:s3", "2026-01-01T00:00:00.000Z", "2.1",
                new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("priming", "priming"), s3,
                new S3EventNotification.UserIdentityEntity("AWS:PRIMING"))));
    }
}
