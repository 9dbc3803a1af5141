package dev.newsdesk.api;

import java.util.Map;

/**
 * The parts of an HTTP request that routing needs.
 *
 * @param method  upper case
 * @param path    the raw path, not decoded
 * @param query   the query's parameters, decoded (a repeated one joined with commas, as API Gateway does)
 * @param headers header names lower-cased
 * @param stage         API Gateway's stage: a named one prefixes the API's URLs, {@code $default} (or null) adds
 *                      nothing
 * @param clientAddress the address API Gateway received the request from (null if unknown): with the
 *                      User-Agent, who "one reader" is for the rule on repeated views (views/RepeatViews)
 * @param body          the request's body as text (empty when there is none)
 * @param signedIn      whether the request passed the HTTP API's JWT authorizer (its claims came with it)
 * @param stageVariables the stage's variables (template.yaml): the newsroom page's sign-in settings, which can
 *                       change with a template parameter without a new function version
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         String stage, String clientAddress, String body, boolean signedIn,
                         Map<String, String> stageVariables) {

    public ApiRequest {
        body = body == null ? "" : body;
        stageVariables = stageVariables == null ? Map.of() : Map.copyOf(stageVariables);
    }

    String header(String name) {
        return headers.get(name);
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }
}
