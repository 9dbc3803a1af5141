package dev.newsdesk.parse;

import java.util.Locale;

/** A file that can never become an article, whatever retries happen: a permanent failure with a reason. */
public final class RejectedFileException extends Exception {

    private final Reason reason;

    public RejectedFileException(Reason reason, String detail) {
        super(detail, null, false, false); // no stack trace: this is an expected outcome, not a bug
        this.reason = reason;
    }

    /** A file of {@code size} bytes, over {@code limit}. */
    public static RejectedFileException tooLarge(long size, long limit) {
        return new RejectedFileException(Reason.TOO_LARGE, "the file has " + size + " bytes; the limit is " + limit);
    }

    public Reason reason() {
        return reason;
    }

    /** Why a file was refused; {@link #code()} is what status records and metrics show. */
    public enum Reason {
        EMPTY, BINARY, TOO_LARGE, UNREADABLE_ENCODING, UNSUPPORTED_FORMAT, NOT_AN_ARTICLE,
        /** The parser itself failed (a bug): the file is refused until a fixed parser reads it again. */
        PARSER_FAULT;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
