package dev.newsdesk.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs a long command so that Ctrl-C (SIGINT, SIGTERM) asks it to stop instead of killing it: the command sees
 * the flag between two items, finishes the one in hand and saves what it must, and the JVM waits for it.
 */
final class CtrlC {

    private CtrlC() {
    }

    static int run(String name, Function<AtomicBoolean, Integer> command) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS); // the item in hand completes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsdesk-" + name + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return command.apply(stop);
        } finally {
            finished.countDown();
        }
    }
}
