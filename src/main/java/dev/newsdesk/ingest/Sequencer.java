package dev.newsdesk.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code sequencer} of an S3 event: a hex string whose value orders the events of one key. S3 gives it
 * with varying length, so it is kept left-padded to a fixed width: then string order is numeric order, and
 * DynamoDB conditions can compare it directly.
 */
public record Sequencer(String value) implements Comparable<Sequencer> {

    static final int WIDTH = 32;
    private static final Pattern HEX = Pattern.compile("[0-9A-F]{1," + WIDTH + "}");

    public Sequencer {
        if (value.length() != WIDTH || !HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("not a normalized sequencer: " + value);
        }
    }

    /** Normalizes a sequencer as S3 sends it; an absent or malformed one orders before every real one. */
    public static Sequencer of(String raw) {
        String hex = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (hex.isEmpty() || !HEX.matcher(hex).matches()) {
            hex = "0";
        }
        return new Sequencer("0".repeat(WIDTH - hex.length()) + hex);
    }

    @Override
    public int compareTo(Sequencer other) {
        return value.compareTo(other.value);
    }

    public boolean isAfter(Sequencer other) {
        return compareTo(other) > 0;
    }
}
