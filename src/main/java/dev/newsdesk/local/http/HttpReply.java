package dev.newsdesk.local.http;

import dev.newsdesk.api.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An HTTP response ready to be written: status, headers (a name may repeat) and body bytes. */
public record HttpReply(int status, Map<String, List<String>> headers, byte[] body) {

    /** The API's response as it goes on the wire: header names in lower case, the body in UTF-8. */
    public static HttpReply of(ApiResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), List.of(value)));
        return new HttpReply(response.status(), headers, response.body().getBytes(StandardCharsets.UTF_8));
    }
}
