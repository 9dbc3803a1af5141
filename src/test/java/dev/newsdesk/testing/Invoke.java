package dev.newsdesk.testing;

import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.functions.events.InMemoryInvocation;
import dev.newsdesk.functions.events.LambdaJson;
import dev.newsdesk.functions.events.S3Event;
import java.nio.charset.StandardCharsets;

/** Invokes a function as Lambda does: the event as JSON into its stream handler, the response read back. */
public final class Invoke {

    private Invoke() {
    }

    public static HttpApiResponse api(ApiFunction api, HttpApiEvent event) {
        return api(api, LambdaJson.bytes(event));
    }

    /** The response to the event in {@code json} (an events/ file as it is). */
    public static HttpApiResponse api(ApiFunction api, byte[] json) {
        return LambdaJson.read(InMemoryInvocation.call(api, json), HttpApiResponse.class);
    }

    public static void ingest(IngestFunction ingest, S3Event event) {
        ingest(ingest, LambdaJson.bytes(event));
    }

    /** Hands the event in {@code json} to the function; what it answers must be JSON's null. */
    public static void ingest(IngestFunction ingest, byte[] json) {
        String answer = new String(InMemoryInvocation.call(ingest, json), StandardCharsets.UTF_8);
        if (!answer.equals("null")) throw new AssertionError("the ingest function answered " + answer);
    }
}
