package dev.newsdesk;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Requests that do not wait for each other, sent at the same time: each S3 or DynamoDB request is a round trip
 * (3-10 ms on AWS), and an ingest that sends its independent ones one after the other waits for every one. The
 * work runs on a shared pool of daemon threads (the SDK's clients are safe to share between threads); a caller
 * waits for it with {@link Task#join} before whatever must follow it.
 */
public final class InParallel {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "newsdesk-in-parallel");
        thread.setDaemon(true);
        return thread;
    });

    private InParallel() {
    }

    /** Work started by {@link #start} or {@link #supply}, and the value it works out (null for {@link #start}'s). */
    public static final class Task<T> {

        private final Future<T> future;

        private Task(Future<T> future) {
            this.future = future;
        }

        /** Waits until the work is done; its value, or what it threw. Once done, returns (or throws) at once. */
        public T join() {
            return await(future);
        }

        /**
         * Waits until the work is done, whatever came of it: when the caller already has a failure to report, or no
         * longer needs the value.
         */
        public void settle() {
            awaitWhatever(future);
        }
    }

    /** Starts {@code work} on another thread. */
    public static Task<Void> start(Runnable work) {
        return new Task<>(POOL.submit(work, null));
    }

    /** Starts working out a value on another thread. */
    public static <T> Task<T> supply(Supplier<T> work) {
        Callable<T> call = work::get;
        return new Task<>(POOL.submit(call));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        }
    }

    private static void awaitWhatever(Future<?> future) {
        try {
            await(future);
        } catch (RuntimeException | Error ignored) {
            // the caller's own failure is the one reported, or the work's outcome is no longer wanted
        }
    }

    /**
     * Runs {@code first} on this thread and {@code others} beside it; returns once all are done, or throws the
     * first failure (this thread's before the others').
     */
    public static void run(Runnable first, Runnable... others) {
        List<Task<Void>> tasks = Arrays.stream(others).map(InParallel::start).toList();
        Throwable failure = null;
        try {
            first.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Task<Void> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failure == null) failure = e;
            }
        }
        if (failure instanceof RuntimeException runtime) throw runtime;
        if (failure instanceof Error error) throw error;
    }
}
