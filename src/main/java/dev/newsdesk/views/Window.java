package dev.newsdesk.views;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The ranking windows of the API: views of the last 24 hours, 7 days, 30 days, or all time. */
public enum Window {
    H24("24h", Duration.ofHours(24)),
    D7("7d", Duration.ofDays(7)),
    D30("30d", Duration.ofDays(30)),
    ALL("all", null);

    private final String label;
    private final Duration length;

    Window(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    /** The window's length; empty for all time. */
    public Optional<Duration> length() {
        return Optional.ofNullable(length);
    }

    public static Optional<Window> parse(String label) {
        return Arrays.stream(values()).filter(w -> w.label.equals(label)).findFirst();
    }
}
