package dev.newsdesk.local;

/**
 * What came of handing one event to the ingest handler.
 *
 * @param detail the handler's result ({@code published}, {@code failed}, ...) when done; why not, when waiting
 */
public record Delivered(Outcome outcome, String detail) {

    public enum Outcome {
        /** The handler took the event (whatever became of the file): it is recorded as delivered. */
        DONE,
        /** The handler could not take it now (a store did not answer): it waits and goes out again. */
        WAITING,
        /** The mode is stopping: not recorded, it goes out again after the next start. */
        STOPPED
    }

    public static Delivered done(String result) {
        return new Delivered(Outcome.DONE, result);
    }

    public static Delivered waiting(String reason) {
        return new Delivered(Outcome.WAITING, reason);
    }

    public static Delivered stopped() {
        return new Delivered(Outcome.STOPPED, "");
    }

    /** A permanent failure of the file (recorded with its reason), as opposed to one ingested. */
    public boolean failedFile() {
        return outcome == Outcome.DONE && "failed".equals(detail);
    }
}
