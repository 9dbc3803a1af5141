package dev.newsdesk.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the emulators never outlive the one-machine mode that started them, and that two instances never
 * share a data directory:
 * <ul>
 *   <li>a lock file held for the whole run (a second {@code ./newsdesk local} on the same data stops at once);</li>
 *   <li>a pid file listing the children: a run that was killed outright (SIGKILL, power loss) leaves it behind,
 *       and the next run, once it holds the lock, stops the processes it names;</li>
 *   <li>a tiny {@code sh} watchdog reading our stdin pipe: when this JVM dies for any reason the pipe closes, and
 *       the watchdog stops the children named in the pid file right away.</li>
 * </ul>
 * A normal stop (Ctrl-C, shutdown hook) stops the children itself and then empties the pid file.
 */
public final class ChildProcesses implements AutoCloseable {

    static final String WATCHDOG = "while read -r _; do :; done; "
            + "[ -f \"$1\" ] && kill $(cut -d' ' -f1 \"$1\") 2>/dev/null; exit 0";

    private final Path pidFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Process watchdog;
    /** marker → pid of the children running now. */
    private final Map<String, Long> children = new LinkedHashMap<>();

    private ChildProcesses(Path pidFile, FileChannel lockChannel, FileLock lock, Process watchdog) {
        this.pidFile = pidFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.watchdog = watchdog;
    }

    /**
     * Takes the lock of {@code runDir}, stops children left over by a run that was killed, and starts the
     * watchdog. Fails if another instance holds the lock.
     */
    public static ChildProcesses acquire(Path runDir) throws IOException {
        Files.createDirectories(runDir);
        FileChannel channel = FileChannel.open(runDir.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another `./newsdesk local` is already running on " + runDir.getParent()
                    + " (stop it, or use --data DIR)");
        }
        Path pidFile = runDir.resolve("children.pid");
        stopLeftovers(pidFile);
        return new ChildProcesses(pidFile, channel, lock, startWatchdog(pidFile).orElse(null));
    }

    /**
     * Records a child, named by a word its command line contains (checked before stopping it later). A child
     * restarted under the same word replaces the one before it.
     */
    public synchronized void register(long pid, String marker) throws IOException {
        children.put(marker, pid);
        StringBuilder lines = new StringBuilder();
        children.forEach((word, id) -> lines.append(id).append(' ').append(word).append('\n'));
        Path tmp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
        Files.writeString(tmp, lines, StandardCharsets.UTF_8);
        // the watchdog reads the file whenever the JVM dies: it must see the old list or the new one, never half
        Files.move(tmp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The pid recorded under {@code marker}, as the pid file says (what a person would {@code kill}). */
    public static Optional<Long> recorded(Path runDir, String marker) throws IOException {
        Path file = runDir.resolve("children.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ", 2);
            if (parts.length == 2 && parts[1].equals(marker)) {
                return Optional.of(Long.parseLong(parts[0]));
            }
        }
        return Optional.empty();
    }

    static void stopLeftovers(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] parts = line.strip().split(" ", 2);
            if (parts.length < 2) {
                continue;
            }
            long pid;
            try {
                pid = Long.parseLong(parts[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            String marker = parts[1];
            ProcessHandle.of(pid)
                    // the pid may have been reused since: only stop it if it still looks like our child
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                    .ifPresent(ChildProcesses::stop);
        }
        Files.delete(pidFile);
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception stillThere) {
            process.destroyForcibly();
        }
    }

    private static Optional<Process> startWatchdog(Path pidFile) {
        try {
            Process p = new ProcessBuilder("sh", "-c", WATCHDOG, "newsdesk-watchdog", pidFile.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(p);
        } catch (IOException noShell) {
            return Optional.empty(); // the pid file still covers the next start
        }
    }

    /** Call after the children were stopped: forgets them, stops the watchdog, releases the lock. */
    @Override
    public synchronized void close() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the next start checks each pid before stopping anything
        }
        if (watchdog != null) {
            try (OutputStream stdin = watchdog.getOutputStream()) {
                stdin.flush(); // closing its stdin ends the watchdog: the pid file is gone, so it kills nothing
            } catch (IOException ignored) {
                watchdog.destroy();
            }
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
