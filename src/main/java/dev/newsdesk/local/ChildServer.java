package dev.newsdesk.local;

import java.util.concurrent.CompletableFuture;

/** An emulator running as a child process on a fixed loopback port (dynalite, S3Proxy). */
interface ChildServer extends AutoCloseable {

    /** The running process. */
    Process process();

    int port();

    default long pid() {
        return process().pid();
    }

    /** Completes when the process has ended, whoever ended it. */
    default CompletableFuture<?> onExit() {
        return process().onExit();
    }

    /** The exit code of an ended process (128 + the signal's number when a signal ended it). */
    default int exitCode() {
        return process().exitValue();
    }

    /** Stops the process (SIGTERM, then SIGKILL) and waits for it. */
    @Override
    void close();
}
