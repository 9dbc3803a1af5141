package dev.newsdesk.local.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes an {@link HttpReply} as an HTTP/1.1 response, its head and body in one write. */
final class ReplyWriter {

    /** Framing headers are the server's to set, whatever the handler put in its reply. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection", "date");

    private ReplyWriter() {
    }

    /**
     * Writes {@code reply}; without its body when the request was a HEAD (the length stays that of the body a GET
     * would get) or the status has none; {@code close} adds {@code Connection: close}.
     */
    static void write(OutputStream out, HttpReply reply, boolean head, boolean close) throws IOException {
        int status = reply.status();
        boolean noBody = status == 204 || status == 304 || status < 200;
        StringBuilder text = new StringBuilder(256)
                .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        for (Map.Entry<String, List<String>> header : reply.headers().entrySet()) {
            if (FRAMING.contains(header.getKey())) {
                continue;
            }
            for (String value : header.getValue()) {
                text.append(header.getKey()).append(": ").append(oneLine(value)).append("\r\n");
            }
        }
        text.append("date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        if (!noBody) {
            text.append("content-length: ").append(reply.body().length).append("\r\n");
        }
        if (close) {
            text.append("connection: close\r\n");
        }
        text.append("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + reply.body().length);
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        if (!noBody && !head) {
            bytes.writeBytes(reply.body());
        }
        bytes.writeTo(out);
        out.flush();
    }

    /** What {@code Expect: 100-continue} waits for before it sends the body. */
    static void writeContinue(OutputStream out) throws IOException {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A header value cannot end the line it is on (no response splitting, whatever a handler returns). */
    private static String oneLine(String value) {
        return value.replace('\r', ' ').replace('\n', ' ');
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "";
        };
    }
}
