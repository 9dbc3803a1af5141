package dev.newsdesk.local.http;

import java.time.Duration;

/**
 * What the one-machine HTTP server accepts of a client.
 *
 * @param maxRequestLineBytes longer request lines are refused with 414
 * @param maxHeaderBytes      the header lines together, CRLFs included; more is refused with 431
 * @param maxHeaders          more header lines are refused with 431
 * @param maxBodyBytes        larger bodies are refused with 413 (from Content-Length before any read)
 * @param headTimeout         from when the server waits for a request (a new connection, or the previous answer
 *                            sent) to its last header line; a connection that sent nothing is then closed, one
 *                            that sent part of a head is answered 408
 * @param bodyTimeout         for the whole body, once the head is in
 * @param maxConnections      open at once; more wait in the listen backlog until one closes
 */
public record HttpLimits(int maxRequestLineBytes, int maxHeaderBytes, int maxHeaders, int maxBodyBytes,
                         Duration headTimeout, Duration bodyTimeout, int maxConnections) {

    /**
     * The one-machine mode's: a request line and headers as large as common servers take (nginx's 8 KiB line,
     * 100 headers), a body far above anything the API reads (it serves GET), and deadlines a person typing a
     * request by hand would notice but a stalled client cannot stretch.
     */
    public static final HttpLimits DEFAULT = new HttpLimits(8 * 1024, 16 * 1024, 100, 1024 * 1024,
            Duration.ofSeconds(10), Duration.ofSeconds(10), 512);

    /** The same limits with other deadlines (tests shorten them). */
    public HttpLimits withTimeouts(Duration head, Duration body) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaders, maxBodyBytes, head, body,
                maxConnections);
    }
}
