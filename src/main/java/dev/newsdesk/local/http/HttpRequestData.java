package dev.newsdesk.local.http;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it arrived, before any interpretation: what API Gateway gets from a client.
 *
 * @param rawPath  still percent-encoded
 * @param rawQuery still percent-encoded, without {@code ?}; empty when there is none
 * @param headers  names in lower case, the values of repeated lines in their order
 */
public record HttpRequestData(String method, String rawPath, String rawQuery, String protocol, String sourceIp,
                              Map<String, List<String>> headers, byte[] body) {

    /** The first value of header {@code name} (lower case, as names are kept), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
