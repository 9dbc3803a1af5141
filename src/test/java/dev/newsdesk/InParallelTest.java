package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work run side by side: all of it done before a call returns, and a failure thrown as it was. */
class InParallelTest {

    @Test
    void runsItsWorkAtTheSameTime() {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        // Each waits for the other: both finish only if they ran side by side (the bound only stops a hang).
        InParallel.run(() -> meet(first, second), () -> meet(second, first));
        assertEquals(0, first.getCount() + second.getCount());
    }

    @Test
    void returnsOnlyOnceEveryPartIsDone() {
        AtomicInteger done = new AtomicInteger();
        InParallel.run(done::incrementAndGet, done::incrementAndGet, done::incrementAndGet);
        assertEquals(3, done.get());
    }

    @Test
    void throwsTheCallersFailureFirstAndStillWaitsForTheOthers() {
        IllegalStateException mine = new IllegalStateException("mine");
        AtomicInteger others = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InParallel.run(() -> {
            throw mine;
        }, others::incrementAndGet, () -> {
            others.incrementAndGet();
            throw new IllegalArgumentException("theirs");
        }));
        assertSame(mine, thrown);
        assertEquals(2, others.get());
    }

    @Test
    void throwsAFailureOfTheOtherThreadAsItWas() {
        IllegalArgumentException theirs = new IllegalArgumentException("theirs");
        assertSame(theirs, assertThrows(IllegalArgumentException.class, () -> InParallel.run(() -> { }, () -> {
            throw theirs;
        })));
    }

    @Test
    void aTaskJoinedAgainThrowsAgainAndSettleSwallows() {
        InParallel.Task<Void> task = InParallel.start(() -> {
            throw new IllegalStateException("store down");
        });
        assertThrows(IllegalStateException.class, task::join);
        assertThrows(IllegalStateException.class, task::join);
        task.settle(); // returns: the caller has its own failure to report
    }

    @Test
    void aSuppliedValueIsHandedBackAndAFailureThrownAsItWas() {
        assertEquals("read", InParallel.supply(() -> "read").join());
        IllegalStateException down = new IllegalStateException("store down");
        InParallel.Task<String> failed = InParallel.supply(() -> {
            throw down;
        });
        assertSame(down, assertThrows(IllegalStateException.class, failed::join));
        failed.settle(); // returns: the value is no longer wanted
    }

    private static void meet(CountDownLatch mine, CountDownLatch other) {
        mine.countDown();
        try {
            if (!other.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("ran one after the other");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
