package dev.newsdesk.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response before it becomes API Gateway's payload. */
record ApiResponse(int status, Map<String, String> headers, String body) {

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    ApiResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new ApiResponse(status, all, body);
    }

    /** The same response without a body, as HEAD and 304 answers are. */
    ApiResponse withoutBody() {
        return new ApiResponse(status, headers, "");
    }

    APIGatewayV2HTTPResponse toLambda() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
