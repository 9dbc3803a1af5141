package dev.newsdesk.functions.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What an API Gateway HTTP API sends a Lambda integration (payload format 2.0). Maps and lists absent from the JSON
 * are empty; {@code body} is base64 when {@code isBase64Encoded}.
 */
public record HttpApiEvent(String version, String routeKey, String rawPath, String rawQueryString,
                           List<String> cookies, Map<String, String> headers,
                           Map<String, String> queryStringParameters, Map<String, String> pathParameters,
                           Map<String, String> stageVariables, String body,
                           @JsonProperty("isBase64Encoded") boolean isBase64Encoded,
                           RequestContext requestContext) {

    public HttpApiEvent {
        cookies = Copies.of(cookies);
        headers = Copies.of(headers);
        queryStringParameters = Copies.of(queryStringParameters);
        pathParameters = Copies.of(pathParameters);
        stageVariables = Copies.of(stageVariables);
    }

    /** {@code time} as API Gateway writes it ({@code 29/Nov/2026:00:31:02 +0000}); {@code timeEpoch} in ms. */
    public record RequestContext(String accountId, String apiId, String domainName, String domainPrefix,
                                 String requestId, String routeKey, String stage, String time, long timeEpoch,
                                 Http http, Authorizer authorizer) {
    }

    public record Http(String method, String path, String protocol, String sourceIp, String userAgent) {
    }

    /** Present when a JWT authorizer let the request through. */
    public record Authorizer(Jwt jwt) {
    }

    /** The token's claims as API Gateway passes them (strings, arrays flattened), and its scopes. */
    public record Jwt(Map<String, Object> claims, List<String> scopes) {

        public Jwt {
            claims = Copies.of(claims);
            scopes = Copies.of(scopes);
        }
    }
}
