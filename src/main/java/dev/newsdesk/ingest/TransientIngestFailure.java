package dev.newsdesk.ingest;

import java.util.List;

/**
 * Thrown by {@link IngestBatch} when some records of an event failed for a transient reason, so that Lambda
 * retries the event. It names the keys and the kinds of error, and carries neither a cause nor a stack trace:
 * the Lambda runtime writes a thrown exception (with its trace) into the log and into the on-failure
 * destination's message, and both must stay free of stack traces and of whatever a server put in an error
 * message. The per-record log lines say the rest.
 */
public final class TransientIngestFailure extends RuntimeException {

    TransientIngestFailure(List<String> failures) {
        super(failures.size() + " record(s) failed for a transient reason; the event will be retried: "
                + String.join("; ", failures), null, false, false);
    }
}
