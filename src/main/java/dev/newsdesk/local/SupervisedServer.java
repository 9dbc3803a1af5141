package dev.newsdesk.local;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Keeps one emulator running: when its process ends while the mode runs (a crash, an out-of-memory kill, a
 * {@code kill -9}), it is started again on the same port with the same data, and the terminal is told in one
 * line. A restart that fails is tried again after a growing pause ({@link Backoff}) until it works or the mode
 * stops. After each restart {@link #afterRestart} runs, so that the events waiting for that store go out at once.
 */
final class SupervisedServer<T extends ChildServer> implements AutoCloseable {

    /** Starts the emulator (on the same port and data every time). */
    @FunctionalInterface
    interface Starter<T> {
        T start() throws IOException;
    }

    /** Told of each process started, the first one included (the pid file records it). */
    @FunctionalInterface
    interface Started<T> {
        void started(T server) throws IOException;
    }

    private final String name;
    private final Starter<T> starter;
    private final Started<T> started;
    private final PrintStream out;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private volatile Runnable afterRestart = () -> { };
    private volatile T current;
    private volatile boolean closing;

    private SupervisedServer(String name, Starter<T> starter, Started<T> started, PrintStream out, Sleeper sleeper,
                             Backoff backoff) {
        this.name = name;
        this.starter = starter;
        this.started = started;
        this.out = out;
        this.sleeper = sleeper;
        this.backoff = backoff;
    }

    /**
     * Starts the emulator and watches it. A failure of this first start is thrown (the mode cannot start without
     * it); later ones are retried.
     *
     * @param name what the line calls it, e.g. {@code dynalite (DynamoDB)}
     */
    static <T extends ChildServer> SupervisedServer<T> start(String name, Starter<T> starter, Started<T> started,
                                                            PrintStream out, Sleeper sleeper, Backoff backoff)
            throws IOException {
        SupervisedServer<T> supervised = new SupervisedServer<>(name, starter, started, out, sleeper, backoff);
        T first = starter.start();
        try {
            started.started(first);
        } catch (IOException e) {
            first.close();
            throw e;
        }
        supervised.current = first;
        supervised.watch(first);
        return supervised;
    }

    /** The process running now (another one after each restart; same port, same data). */
    T current() {
        return current;
    }

    /** What to do once a restarted process listens: the store it serves is back. */
    void afterRestart(Runnable action) {
        afterRestart = action;
    }

    private void watch(T server) {
        server.onExit().thenRun(() -> {
            if (!closing) {
                Thread restarter = new Thread(() -> restart(server), "restart-" + server.pid());
                restarter.setDaemon(true);
                restarter.start();
            }
        });
    }

    /** Starts the emulator again after {@code dead} ended, however many tries that takes. */
    void restart(T dead) {
        String ended = name + " stopped (exit code " + dead.exitCode() + ")";
        long diedNanos = System.nanoTime();
        for (int failures = 0; !closing; ) {
            try {
                T fresh = starter.start();
                synchronized (this) {
                    if (closing) {
                        fresh.close();
                        return;
                    }
                    current = fresh;
                }
                record(fresh);
                out.println(LogTime.now() + "  " + ended + "; restarted on port " + fresh.port()
                        + " with the same data in " + seconds(System.nanoTime() - diedNanos)
                        + (failures > 0 ? " (" + (failures + 1) + " tries)" : ""));
                watch(fresh);
                afterRestart.run();
                return;
            } catch (IOException | RuntimeException e) {
                failures++;
                Duration pause = backoff.after(failures);
                out.println(LogTime.now() + "  " + ended + "; could not restart it (" + e.getMessage() + "); trying again in "
                        + pause.toMillis() + " ms");
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private void record(T fresh) {
        try {
            started.started(fresh);
        } catch (IOException e) {
            // it runs all the same; only a kill -9 of this JVM would then leave it behind
            out.println(LogTime.now() + "  " + name + ": could not record its pid (" + e.getMessage() + ")");
        }
    }

    /** Stops the emulator for good: its exit is not a crash. */
    @Override
    public void close() {
        T last;
        synchronized (this) {
            closing = true;
            last = current;
        }
        if (last != null) {
            last.close();
        }
    }
}
