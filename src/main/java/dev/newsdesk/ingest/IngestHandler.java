package dev.newsdesk.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;

/** IngestFunction: S3 ObjectCreated/ObjectRemoved events in, articles stored. (Being written.) */
public final class IngestHandler implements RequestHandler<S3Event, Void> {

    private final dev.newsdesk.Services services;

    /** Used by Lambda: builds its clients once, from the environment. */
    public IngestHandler() {
        this(dev.newsdesk.Services.create(dev.newsdesk.Settings.fromEnvironment()));
    }

    public IngestHandler(dev.newsdesk.Services services) {
        this.services = services;
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        throw new UnsupportedOperationException("being written");
    }
}
