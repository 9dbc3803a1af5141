package dev.newsdesk.functions;

import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events priming hands the functions, as the JSON Lambda delivers to them. */
final class PrimingEvents {

    private PrimingEvents() {
    }

    static byte[] get(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        var http = new HttpApiEvent.Http("GET", path, "HTTP/1.1", "127.0.0.1", "Mozilla/5.0 (priming)");
        var context = new HttpApiEvent.RequestContext(null, null, null, null, "priming", "$default", "$default",
                null, 0, http, null);
        return LambdaJson.bytes(new HttpApiEvent("2.0", "$default", path, query, null,
                Map.of("accept", "application/json", "user-agent", "Mozilla/5.0 (priming)", "host", "127.0.0.1"),
                params, null, null, null, false, context));
    }

    static byte[] put(String bucket, String key, long size, long sequencer) {
        return objectEvent("ObjectCreated:Put", bucket, key, size, sequencer);
    }

    static byte[] delete(String bucket, String key, long sequencer) {
        return objectEvent("ObjectRemoved:Delete", bucket, key, null, sequencer);
    }

    private static byte[] objectEvent(String name, String bucket, String key, Long size, long sequencer) {
        var object = new S3Event.S3Object(key, size, size == null ? null : "priming", null,
                String.format("%018X", sequencer));
        var s3 = new S3Event.Entity("1.0", "priming",
                new S3Event.Bucket(bucket, new S3Event.Identity("PRIMING"), "arn:aws:s3:::" + bucket), object);
        return LambdaJson.bytes(new S3Event(List.of(new S3Event.Notification("2.1", "aws:s3", "us-east-1",
                "2026-01-01T00:00:00.000Z", name, new S3Event.Identity("AWS:PRIMING"),
                new S3Event.RequestParameters("127.0.0.1"), new S3Event.ResponseElements("priming", "priming"),
                s3))));
    }
}
