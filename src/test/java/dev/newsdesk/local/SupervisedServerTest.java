package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The supervisor's decisions, with stand-in processes (the real ones are killed in OneMachineOutageTest). */
class SupervisedServerTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final List<Long> registered = new CopyOnWriteArrayList<>();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final CountDownLatch restarted = new CountDownLatch(1);

    /** A process that ends when the test says, or when closed (SIGTERM: exit code 143). */
    private static final class FakeChild implements ChildServer {
        final long pid;
        final CompletableFuture<Integer> exit = new CompletableFuture<>();

        FakeChild(long pid) {
            this.pid = pid;
        }

        @Override
        public Process process() {
            throw new UnsupportedOperationException("no process behind a stand-in");
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public int port() {
            return 4567;
        }

        @Override
        public CompletableFuture<?> onExit() {
            return exit;
        }

        @Override
        public int exitCode() {
            return exit.join();
        }

        @Override
        public void close() {
            exit.complete(143);
        }
    }

    private SupervisedServer<FakeChild> supervised() throws IOException {
        SupervisedServer<FakeChild> s = SupervisedServer.start("dynalite (DynamoDB)", () -> {
            int n = starts.incrementAndGet();
            if (n > 1 && failuresLeft.getAndDecrement() > 0) {
                throw new IOException("port 4567 still in use");
            }
            return new FakeChild(1000 + n);
        }, child -> registered.add(child.pid()), out, pauses::add, Backoff.LOCAL);
        s.afterRestart(restarted::countDown);
        return s;
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChildThatDiesIsRestartedOnItsPortAndSaidSoInOneLine() throws Exception {
        SupervisedServer<FakeChild> s = supervised();
        FakeChild first = s.current();
        first.exit.complete(137); // kill -9

        assertTrue(restarted.await(30, TimeUnit.SECONDS), "restarted: " + output());
        assertNotSame(first, s.current());
        assertEquals(List.of(1001L, 1002L), registered, "the pid file follows the new process");
        List<String> lines = output().lines().toList();
        assertEquals(1, lines.size(), output());
        assertTrue(lines.get(0).contains("  dynalite (DynamoDB) stopped (exit code 137); restarted on port 4567 with "
                + "the same data in "), lines.get(0));
        s.close();
    }

    @Test
    void aRestartThatFailsIsTriedAgainAfterGrowingPauses() throws Exception {
        failuresLeft.set(2);
        SupervisedServer<FakeChild> s = supervised();
        s.current().exit.complete(137);

        assertTrue(restarted.await(30, TimeUnit.SECONDS), "restarted: " + output());
        assertEquals(List.of(Backoff.LOCAL.after(1), Backoff.LOCAL.after(2)), pauses);
        assertEquals(4, starts.get());
        assertTrue(output().contains("could not restart it (port 4567 still in use); trying again in 500 ms"), output());
        assertTrue(output().matches("(?s).*restarted on port 4567 with the same data in [0-9.]+ s \\(3 tries\\).*"),
                output());
        s.close();
    }

    @Test
    void aStopOfTheModeIsNotACrash() throws Exception {
        SupervisedServer<FakeChild> s = supervised();
        FakeChild child = s.current();
        s.close();

        assertTrue(child.exit.isDone());
        assertEquals(1, starts.get(), "not restarted");
        assertEquals("", output());
    }

    @Test
    void pausesDoubleUpToTheirCap() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10)),
                List.of(b.after(1), b.after(2), b.after(3), b.after(5), b.after(6), b.after(60)));
    }
}
