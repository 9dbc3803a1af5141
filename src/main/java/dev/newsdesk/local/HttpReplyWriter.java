package dev.newsdesk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Writes one {@link HttpReply} as HTTP/1.1: status line, headers, a Content-Length, the body. */
final class HttpReplyWriter {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(204, "No Content"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"), Map.entry(505, "HTTP Version Not Supported"));

    private HttpReplyWriter() {
    }

    /** {@code head}: the answer to a HEAD request, which has headers only. {@code close}: the last on its connection. */
    static void write(OutputStream out, HttpReply reply, boolean head, boolean close) throws IOException {
        boolean noBody = head || reply.status() == 204 || reply.status() == 304;
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(REASONS.getOrDefault(reply.status(), "Status")).append("\r\n");
        text.append("date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        reply.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("connection")) return;
            for (String value : values) text.append(name).append(": ").append(oneLine(value)).append("\r\n");
        });
        if (!noBody || head && reply.body().length > 0) {
            text.append("content-length: ").append(reply.body().length).append("\r\n");
        }
        if (close) text.append("connection: close\r\n");
        text.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!noBody) bytes.writeBytes(reply.body());
        out.write(bytes.toByteArray());
        out.flush();
    }

    /** A header value never ends the header section early, whatever a handler put into it. */
    private static String oneLine(String value) {
        return value.replace('\r', ' ').replace('\n', ' ');
    }
}
