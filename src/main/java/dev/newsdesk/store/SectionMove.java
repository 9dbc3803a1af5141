package dev.newsdesk.store;

/**
 * One event's change to the section counts: an article left {@code from} and joined {@code to} (either null: none).
 * Its {@code token} names the event and the change, so that the counts apply it once however often the event is
 * retried ({@link SectionCounts#apply}); it is let go once the event's status is recorded ({@link
 * SectionCounts#settle}).
 */
public record SectionMove(String from, String to, String token) {

    /** No change to any count. */
    public static final SectionMove NONE = new SectionMove(null, null, null);

    /**
     * The move of the article at {@code slug}, written by the event {@code sequencer}, from section {@code before}
     * to {@code after} (null or blank: none); {@link #NONE} when the spelling stays.
     */
    static SectionMove of(String sequencer, String slug, String before, String after) {
        String from = SectionCounts.spelling(before);
        String to = SectionCounts.spelling(after);
        if (from == null ? to == null : from.equals(to)) return NONE;
        return new SectionMove(from, to, sequencer + "#" + slug + "#" + (from == null ? "" : from) + ">"
                + (to == null ? "" : to));
    }

    /** The move back, under a token of its own. */
    SectionMove reversed() {
        return isNone() ? NONE : new SectionMove(to, from, token + "#back");
    }

    boolean isNone() {
        return token == null;
    }
}
