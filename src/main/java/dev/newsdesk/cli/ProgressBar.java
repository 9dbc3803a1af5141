package dev.newsdesk.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr: things (objects, events) done/total, percent, rate, time left. On a terminal it redraws one line at
 * most ten times a second; elsewhere (a log file, CI) it prints a plain line every ten seconds instead.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long startNanos;
    private final int total;
    private final int resumedAt;
    private final String unit;
    private long lastDrawNanos;

    ProgressBar(PrintStream err, boolean terminal, int total, int resumedAt, long startNanos) {
        this(err, terminal, total, resumedAt, startNanos, "objects");
    }

    /** @param unit what is counted, in the plural ({@code objects}, {@code events}) */
    ProgressBar(PrintStream err, boolean terminal, int total, int resumedAt, long startNanos, String unit) {
        this.unit = unit;
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.resumedAt = resumedAt;
        this.startNanos = startNanos;
    }

    /** {@code done} counts every object done, including those of earlier runs. */
    void update(int done, long nowNanos, boolean force) {
        long interval = terminal ? 100_000_000L : 10_000_000_000L;
        if (!force && nowNanos - lastDrawNanos < interval) return;
        lastDrawNanos = nowNanos;
        String line = line(done, nowNanos);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the line, so what follows starts on its own. */
    void finish() {
        if (terminal) err.println();
    }

    String line(int done, long nowNanos) {
        double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        double rate = (done - resumedAt) / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String eta = rate > 0 && done < total ? "  eta " + duration((total - done) / rate) : "";
        return String.format(Locale.ROOT, "[%s] %d/%d %s  %d%%  %.1f/s%s", bar, done, total, unit, percent, rate,
                eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? s / 3600 + "h" + String.format(Locale.ROOT, "%02dm", s % 3600 / 60)
                : s >= 60 ? s / 60 + "m" + String.format(Locale.ROOT, "%02ds", s % 60) : s + "s";
    }
}
