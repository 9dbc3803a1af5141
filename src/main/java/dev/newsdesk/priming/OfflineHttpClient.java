package dev.newsdesk.priming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that never opens a socket (priming reaches it through its {@link LoopbackServer}): it answers
 * the SDK's S3 and DynamoDB requests from memory, just enough for the functions' code paths to run end to end
 * (marshalling, signing, unmarshalling, our own code).
 * DynamoDB items put are kept and served back by GetItem, BatchGetItem, Query and a PutItem's old values; S3
 * GetObject answers with one of the objects it was given. Priming runs on it, so whatever priming does, nothing
 * reaches a real table or bucket.
 */
final class OfflineHttpClient implements SdkHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> objects;
    private final Map<String, ObjectNode> items = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** @param objects S3 object bodies by the last segment of their key */
    OfflineHttpClient(Map<String, byte[]> objects) {
        this.objects = new ConcurrentHashMap<>(objects);
    }

    /** Serves {@code bytes} as the object whose key ends in {@code name} from now on. */
    void serve(String name, byte[] bytes) {
        objects.put(name, bytes);
    }

    /** Requests answered, by operation ("dynamodb:PutItem", "s3:GET", ...). */
    Map<String, Integer> calls() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        calls.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return answer(request);
            }

            @Override
            public void abort() {
            }
        };
    }

    private HttpExecuteResponse answer(HttpExecuteRequest request) throws IOException {
        var http = request.httpRequest();
        String target = http.firstMatchingHeader("X-Amz-Target").orElse(null);
        if (target != null) {
            String operation = target.substring(target.indexOf('.') + 1);
            calls.computeIfAbsent("dynamodb:" + operation, k -> new AtomicInteger()).incrementAndGet();
            JsonNode body;
            try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
                body = JSON.readTree(in);
            }
            if (operation.equals("UpdateItem")) { // and by kind of item (VIEWED, SECTIONS...): what a test checks
                String pk = body.path("Key").path("pk").path("S").asText();
                calls.computeIfAbsent("dynamodb:UpdateItem " + pk.split("#")[0], k -> new AtomicInteger())
                        .incrementAndGet();
            }
            return json(dynamo(operation, body));
        }
        calls.computeIfAbsent("s3:" + http.method(), k -> new AtomicInteger()).incrementAndGet();
        String path = http.encodedPath();
        byte[] object = objects.get(path.substring(path.lastIndexOf('/') + 1));
        if (http.method() == SdkHttpMethod.GET && object != null) {
            // With the headers a real GetObject has, so that parsing them is primed too.
            HttpExecuteResponse found = response(200, "text/plain", object);
            return HttpExecuteResponse.builder().responseBody(found.responseBody().orElseThrow())
                    .response(found.httpResponse().toBuilder()
                            .putHeader("Last-Modified", "Thu, 01 Jan 2026 00:00:00 GMT")
                            .putHeader("Date", "Thu, 01 Jan 2026 00:00:00 GMT").build())
                    .build();
        }
        return response(http.method() == SdkHttpMethod.GET ? 404 : 200, "application/xml", new byte[0]);
    }

    private ObjectNode dynamo(String operation, JsonNode body) {
        ObjectNode out = JSON.createObjectNode();
        switch (operation) {
            case "GetItem" -> {
                ObjectNode item = items.get(key(body.path("Key")));
                if (item != null) out.set("Item", item);
            }
            case "PutItem" -> {
                ObjectNode old = items.put(key(body.path("Item")), (ObjectNode) body.path("Item"));
                // The item replaced, as asked: the store reads what an article was (its lists, its section) off it.
                if (old != null && "ALL_OLD".equals(body.path("ReturnValues").asText())) out.set("Attributes", old);
            }
            case "DeleteItem" -> items.remove(key(body.path("Key")));
            case "UpdateItem" -> { } // nothing asks for the updated values
            case "BatchGetItem" -> {
                ObjectNode responses = out.putObject("Responses");
                body.path("RequestItems").fields().forEachRemaining(table -> {
                    ArrayNode found = responses.putArray(table.getKey());
                    table.getValue().path("Keys").forEach(k -> {
                        ObjectNode item = items.get(key(k));
                        if (item != null) found.add(item);
                    });
                });
                out.putObject("UnprocessedKeys");
            }
            case "BatchWriteItem" -> {
                body.path("RequestItems").forEach(writes -> writes.forEach(w -> {
                    if (w.has("PutRequest")) items.put(key(w.path("PutRequest").path("Item")),
                            (ObjectNode) w.path("PutRequest").path("Item"));
                }));
                out.putObject("UnprocessedItems");
            }
            case "Query" -> {
                // The items whose partition key is one of the query's values: enough for lists and tallies.
                java.util.Set<String> values = new java.util.HashSet<>();
                body.path("ExpressionAttributeValues").forEach(v -> values.add(v.path("S").asText()));
                ArrayNode found = out.putArray("Items");
                items.values().stream().filter(i -> values.contains(i.path("pk").path("S").asText()))
                        .forEach(found::add);
                out.put("Count", found.size()).put("ScannedCount", found.size());
            }
            default -> { }
        }
        return out;
    }

    private static String key(JsonNode item) {
        return item.path("pk").path("S").asText() + "\u0000" + item.path("sk").path("S").asText();
    }

    /** With the CRC32 of the body DynamoDB sends, so that the SDK's check of it is primed too. */
    private static HttpExecuteResponse json(ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        HttpExecuteResponse response = response(200, "application/x-amz-json-1.0", bytes);
        return HttpExecuteResponse.builder().responseBody(response.responseBody().orElseThrow())
                .response(response.httpResponse().toBuilder()
                        .putHeader("x-amz-crc32", Long.toString(crc.getValue())).build())
                .build();
    }

    private static HttpExecuteResponse response(int status, String contentType, byte[] body) {
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder().statusCode(status)
                        .putHeader("Content-Type", contentType)
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .putHeader("ETag", "\"priming\"")
                        .putHeader("x-amzn-RequestId", "priming")
                        .build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }

    @Override
    public void close() {
    }
}
