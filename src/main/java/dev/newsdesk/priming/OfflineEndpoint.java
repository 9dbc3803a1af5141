package dev.newsdesk.priming;

import java.net.URI;
import java.util.Map;

/**
 * An S3 and DynamoDB endpoint on 127.0.0.1 for priming: a {@link LoopbackServer} (so the HTTP stack is primed
 * too) carrying requests to an {@link OfflineHttpClient}, which answers from memory. Clients pointed at it can
 * read, parse, store, count and roll up through the same classes as a real request, and cannot reach AWS.
 */
public final class OfflineEndpoint implements AutoCloseable {

    private final OfflineHttpClient answers;
    private final LoopbackServer loopback;

    private OfflineEndpoint(OfflineHttpClient answers, LoopbackServer loopback) {
        this.answers = answers;
        this.loopback = loopback;
    }

    /** @param objects the S3 objects it serves, by the last segment of their key */
    public static OfflineEndpoint serving(Map<String, byte[]> objects) {
        OfflineHttpClient answers = new OfflineHttpClient(objects);
        return new OfflineEndpoint(answers, LoopbackServer.start(answers));
    }

    public URI uri() {
        return loopback.endpoint();
    }

    /** From now on serves {@code bytes} as the object whose key ends in {@code name} (an upload replacing it). */
    public void serve(String name, byte[] bytes) {
        answers.serve(name, bytes);
    }

    /** Requests answered, by operation ("dynamodb:PutItem", "s3:GET", ...). */
    public Map<String, Integer> calls() {
        return answers.calls();
    }

    @Override
    public void close() {
        loopback.close();
    }
}
