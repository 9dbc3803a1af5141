package dev.newsdesk.local;

import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.local.http.HttpRequestData;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an HTTP request into the event an API Gateway HTTP API sends to a Lambda integration with payload format
 * 2.0 and the {@code $default} route: lower-case header names with repeated headers joined by commas, cookies
 * taken out of the headers into {@code cookies}, decoded query parameters (repeats joined by commas), and a body
 * that is base64-encoded unless it is text.
 */
public final class ApiGatewayEvents {

    static final String ROUTE_KEY = "$default";
    static final String STAGE = "$default";
    static final String API_ID = "local";
    static final String ACCOUNT_ID = "000000000000";

    /** API Gateway's {@code requestContext.time} format, e.g. {@code 29/Nov/2026:00:31:02 +0000}. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {
    }

    /** The payload-2.0 event for {@code request}, received at {@code now}, with API Gateway id {@code requestId}. */
    public static HttpApiEvent toEvent(HttpRequestData request, Instant now, String requestId, int serverPort) {
        return toEvent(request, now, requestId, serverPort, Map.of());
    }

    /** As above, on a stage with {@code stageVariables}. */
    public static HttpApiEvent toEvent(HttpRequestData request, Instant now, String requestId, int serverPort,
                                       Map<String, String> stageVariables) {
        Map<String, String> headers = headers(request, serverPort);
        List<String> cookies = cookies(headers.remove("cookie"));
        String host = headers.getOrDefault("host", "127.0.0.1:" + serverPort);
        var http = new HttpApiEvent.Http(request.method().toUpperCase(Locale.ROOT), request.rawPath(),
                request.protocol(), request.sourceIp(), headers.getOrDefault("user-agent", ""));
        var context = new HttpApiEvent.RequestContext(ACCOUNT_ID, API_ID, host, host.split("[.:]", 2)[0], requestId,
                ROUTE_KEY, STAGE, TIME.format(now), now.toEpochMilli(), http, null);
        // A body is base64-encoded unless it is text: no body is null, not encoded.
        byte[] bytes = request.body();
        boolean empty = bytes == null || bytes.length == 0;
        String text = empty || !isTextual(headers.get("content-type")) ? null : utf8OrNull(bytes);
        boolean base64 = !empty && text == null;
        String body = base64 ? Base64.getEncoder().encodeToString(bytes) : text;
        return new HttpApiEvent("2.0", ROUTE_KEY, request.rawPath(),
                request.rawQuery() == null ? "" : request.rawQuery(), cookies, headers,
                queryParameters(request.rawQuery()), null, stageVariables, body, base64, context);
    }

    /** Lower-cased names, repeats joined with commas, plus the forwarding headers API Gateway adds. */
    static Map<String, String> headers(HttpRequestData request, int serverPort) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            for (String value : values) {
                // Cookie headers are joined with "; " as HTTP/2 asks; the others with ",".
                headers.merge(key, value, (a, b) -> a + (key.equals("cookie") ? "; " : ",") + b);
            }
        });
        headers.merge("x-forwarded-for", request.sourceIp(), (a, b) -> a + ", " + b);
        headers.putIfAbsent("x-forwarded-port", Integer.toString(serverPort));
        headers.putIfAbsent("x-forwarded-proto", "http");
        return headers;
    }

    /** The cookies of a {@code Cookie} header, one {@code name=value} each; null when there are none. */
    static List<String> cookies(String cookieHeader) {
        if (cookieHeader == null || cookieHeader.isBlank()) {
            return null;
        }
        List<String> cookies = new ArrayList<>();
        for (String c : cookieHeader.split(";")) {
            if (!c.isBlank()) {
                cookies.add(c.strip());
            }
        }
        return cookies;
    }

    /** Decoded parameters, repeated names joined by commas (as API Gateway does); null when there are none. */
    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params.isEmpty() ? null : params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s; // a stray '%': API Gateway passes such a value through rather than failing the request
        }
    }

    static boolean isTextual(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
