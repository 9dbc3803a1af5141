package dev.newsdesk.functions.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** What a Lambda integration returns an API Gateway HTTP API (payload format 2.0). */
public record HttpApiResponse(int statusCode, Map<String, String> headers, List<String> cookies, String body,
                              @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

    public HttpApiResponse {
        headers = Copies.of(headers);
        cookies = Copies.of(cookies);
    }
}
