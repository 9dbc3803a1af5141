package dev.newsdesk.local;

import java.time.Duration;

/**
 * What one client may take of the one-machine API: sizes answered with 414, 431 and 413, and times after which a
 * stalled client is answered 408 (or, between requests, let go), so that it holds nothing others need.
 *
 * @param maxRequestLine  bytes of {@code METHOD target HTTP/1.1} (414 beyond)
 * @param maxHeaderBytes  bytes of all header lines together (431 beyond)
 * @param maxHeaders      header lines (431 beyond)
 * @param maxBodyBytes    bytes of a request body (413 beyond)
 * @param headTimeout     from a request's first byte to the end of its headers, however slowly they trickle
 * @param readTimeout     the longest silence while a body is read
 * @param idleTimeout     how long a kept-alive connection may wait for its next request
 * @param maxConnections  connections open at once; one more is answered 503 at once
 */
public record HttpLimits(int maxRequestLine, int maxHeaderBytes, int maxHeaders, int maxBodyBytes,
                         Duration headTimeout, Duration readTimeout, Duration idleTimeout, int maxConnections) {

    /** Roughly what API Gateway accepts (10 KB of headers, a 10 MB payload is far more than the API reads). */
    public static HttpLimits defaults() {
        return new HttpLimits(8 * 1024, 16 * 1024, 100, 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(30), 256);
    }
}
