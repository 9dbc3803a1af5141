package dev.newsdesk.local;

import java.time.Duration;

/** Waits for a while; tests pass one that records the waits instead of taking them. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = pause -> Thread.sleep(pause.toMillis());

    void sleep(Duration pause) throws InterruptedException;
}
