package dev.newsdesk.local;

import dev.newsdesk.local.http.HttpRequestData;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
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
    public static APIGatewayV2HTTPEvent toEvent(HttpRequestData request, Instant now, String requestId,
                                                int serverPort) {
        Map<String, String> headers = headers(request, serverPort);
        List<String> cookies = cookies(headers.remove("cookie"));
        String host = headers.getOrDefault("host", "127.0.0.1:" + serverPort);

        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(request.method().toUpperCase(Locale.ROOT));
        http.setPath(request.rawPath());
        http.setProtocol(request.protocol());
        http.setSourceIp(request.sourceIp());
        http.setUserAgent(headers.getOrDefault("user-agent", ""));

        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setAccountId(ACCOUNT_ID);
        context.setApiId(API_ID);
        context.setDomainName(host);
        context.setDomainPrefix(host.split("[.:]", 2)[0]);
        context.setRequestId(requestId);
        context.setRouteKey(ROUTE_KEY);
        context.setStage(STAGE);
        context.setTime(TIME.format(now));
        context.setTimeEpoch(now.toEpochMilli());
        context.setHttp(http);

        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(ROUTE_KEY);
        event.setRawPath(request.rawPath());
        event.setRawQueryString(request.rawQuery() == null ? "" : request.rawQuery());
        event.setCookies(cookies);
        event.setHeaders(headers);
        event.setQueryStringParameters(queryParameters(request.rawQuery()));
        event.setRequestContext(context);
        setBody(event, request.body(), headers.get("content-type"));
        return event;
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

    private static void setBody(APIGatewayV2HTTPEvent event, byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            event.setBody(null);
            event.setIsBase64Encoded(false);
            return;
        }
        String text = isTextual(contentType) ? utf8OrNull(body) : null;
        event.setBody(text != null ? text : Base64.getEncoder().encodeToString(body));
        event.setIsBase64Encoded(text == null);
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
