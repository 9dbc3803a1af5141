package dev.newsdesk.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** IngestFunction: S3 ObjectCreated/ObjectRemoved events in, articles stored. (Being written.) */
public final class IngestHandler implements RequestHandler<S3Event, Void> {

    @Override
    public Void handleRequest(S3Event event, Context context) {
        throw new UnsupportedOperationException("being written");
    }
}
