package dev.newsdesk.local.http;

import java.time.Duration;

/**
 * What the one-machine HTTP server accepts of a client.
 *
 * @param maxRequestLineBytes a longer request target is refused with 414
 * @param maxHeaderBytes      the header lines together; more is refused with 431
 * @param maxHeaders          more header lines are refused with 431
 * @param maxBodyBytes        larger bodies are refused with 413 (from Content-Length before any read)
 * @param idleTimeout         how long a connection may send nothing: one that stalls before its head is complete
 *                            is closed, one that stalls in its body is answered 408
 * @param maxConnections      open at once; more wait in the listen backlog until one closes
 */
public record HttpLimits(int maxRequestLineBytes, int maxHeaderBytes, int maxHeaders, int maxBodyBytes,
                         Duration idleTimeout, int maxConnections) {

    /**
     * The one-machine mode's: a request line and headers as large as common servers take (nginx's 8 KiB line,
     * 100 headers), a body far above anything the API reads (it serves GET), and a deadline a person typing a
     * request by hand would notice but a stalled client cannot stretch.
     */
    public static final HttpLimits DEFAULT = new HttpLimits(8 * 1024, 16 * 1024, 100, 1024 * 1024,
            Duration.ofSeconds(10), 512);

    /** The same limits with another idle deadline (tests shorten or stretch it). */
    public HttpLimits withIdleTimeout(Duration idle) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxBodyBytes, idle, maxConnections);
    }
}
