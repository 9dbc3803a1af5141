package dev.newsdesk.local.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to what it refuses before any handler runs, as the API's problem+json. The detail names the
 * rule, never the request: Jetty's own messages may quote what the client sent.
 */
final class ProblemAnswers extends ErrorHandler {

    private final Exchange exchange;

    ProblemAnswers(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpRefusal refusal = HttpRefusal.forStatus(response.getStatus());
        exchange.refused(refusal);
        response.getHeaders().clear();
        LoopbackHttpServer.write(refusal.reply(), response, callback);
        return true;
    }
}
