package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessesTest {

    @TempDir
    Path dir;

    @Test
    void aSecondInstanceOnTheSameDataIsRefused() throws Exception {
        try (ChildProcesses first = ChildProcesses.acquire(dir.resolve("run"))) {
            IOException e = assertThrows(IOException.class, () -> ChildProcesses.acquire(dir.resolve("run")));
            assertTrue(e.getMessage().contains("already running"), e.getMessage());
        }
        ChildProcesses.acquire(dir.resolve("run")).close(); // free again once the first is closed
    }

    @Test
    void leftoversOfAKilledRunAreStoppedOnTheNextStart() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        Files.createDirectories(dir.resolve("run"));
        Files.writeString(dir.resolve("run/children.pid"), orphan.pid() + " sleep\n");
        ChildProcesses.acquire(dir.resolve("run")).close();
        assertTrue(orphan.waitFor(10, TimeUnit.SECONDS), "the orphan was stopped");
    }

    @Test
    void aReusedPidIsLeftAlone() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            Files.createDirectories(dir.resolve("run"));
            Files.writeString(dir.resolve("run/children.pid"), stranger.pid() + " dynalite\n");
            ChildProcesses.acquire(dir.resolve("run")).close();
            assertFalse(stranger.waitFor(300, TimeUnit.MILLISECONDS), "not ours: still running");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void theWatchdogStopsChildrenWhenTheirParentDies() throws Exception {
        // The parent here is a shell standing in for the JVM: it starts the watchdog with its stdin, then dies.
        Process child = new ProcessBuilder("sleep", "300").start();
        try {
            Files.createDirectories(dir.resolve("run"));
            Path pidFile = dir.resolve("run/children.pid");
            Files.writeString(pidFile, child.pid() + " sleep\n");
            Process parent = new ProcessBuilder("sh", "-c", "sleep 0.2 | sh -c \"$0\" watchdog \"$1\"",
                    ChildProcessesWatchdogScript.SCRIPT, pidFile.toString()).start();
            assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child was stopped when the pipe closed");
        } finally {
            child.destroyForcibly();
        }
    }

    /** Gives the test the watchdog's script without widening its visibility in the main code. */
    static final class ChildProcessesWatchdogScript {
        static final String SCRIPT = ChildProcesses.WATCHDOG;
    }
}
