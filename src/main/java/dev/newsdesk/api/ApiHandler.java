package dev.newsdesk.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** ApiFunction: API Gateway HTTP API (payload 2.0) requests in, JSON out. (Being written.) */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final dev.newsdesk.Services services;

    /** Used by Lambda: builds its clients once, from the environment. */
    public ApiHandler() {
        this(dev.newsdesk.Services.create(dev.newsdesk.Settings.fromEnvironment()));
    }

    public ApiHandler(dev.newsdesk.Services services) {
        this.services = services;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        throw new UnsupportedOperationException("being written");
    }
}
