package dev.newsdesk.local.http;

import java.util.List;
import java.util.Map;

/**
 * A request's head as read and checked by {@link HeadReader}.
 *
 * @param rawPath  the request target up to {@code ?}, still percent-encoded
 * @param rawQuery after {@code ?}, still percent-encoded; empty when there is none
 * @param version  {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers  names in lower case, the values of repeated lines in their order
 */
record RequestHead(String method, String rawPath, String rawQuery, String version,
                   Map<String, List<String>> headers) {

    RequestHead {
        headers = Map.copyOf(headers);
    }

    /** Every value of header {@code name} (lower case), in order; empty when absent. */
    List<String> values(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** Whether the connection stays open after the answer: HTTP/1.1 unless the client asked to close. */
    boolean keepAlive() {
        if (!version.equals("HTTP/1.1")) {
            return false;
        }
        for (String value : values("connection")) {
            for (String option : value.split(",")) {
                if (option.strip().equalsIgnoreCase("close")) {
                    return false;
                }
            }
        }
        return true;
    }
}
