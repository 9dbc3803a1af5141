package dev.newsdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The system's Firefox (Debian's {@code firefox-esr}), headless, in a fresh profile, listening for WebDriver BiDi on a
 * free loopback port: no geckodriver, Firefox speaks the protocol itself. Its remote agent sets the prefs automation
 * needs (no first-run pages, no updates) when the session starts, so the profile starts empty. Skipped where Firefox
 * is not installed, failed instead under CI.
 */
record FirefoxProcess(Process process, Path profile, URI webSocket) implements AutoCloseable {

    private static final List<String> PROGRAMS = List.of("firefox-esr", "firefox");
    private static final String LISTENING = "WebDriver BiDi listening on ";

    /** Starts Firefox and waits at most {@code patience} for it to say where it listens. */
    static FirefoxProcess start(Duration patience) throws IOException {
        Path program = InstalledBrowser.find(PROGRAMS, "apt-get install firefox-esr");
        Path profile = Files.createTempDirectory("firefox-profile");
        Process process = new ProcessBuilder(program.toString(), "--headless", "--no-remote",
                "--remote-debugging-port=0", "--profile", profile.toString(), "about:blank")
                .redirectErrorStream(true).start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process, listening), "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new FirefoxProcess(process, profile, listening.get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            delete(profile);
            throw new IllegalStateException(program + " did not start listening for WebDriver BiDi", e);
        }
    }

    /** Where its WebDriver BiDi sessions start: {@code ws://127.0.0.1:PORT/session}. */
    URI sessionUri() {
        return webSocket.resolve("/session");
    }

    /** Reads what Firefox prints, to find its address and keep its output from filling the pipe. */
    private static void read(Process process, CompletableFuture<URI> listening) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int at = line.indexOf(LISTENING);
                if (at >= 0) listening.complete(URI.create(line.substring(at + LISTENING.length()).strip()));
            }
            listening.completeExceptionally(new IOException("Firefox exited: " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            listening.completeExceptionally(e);
        }
    }

    /** Waits for Firefox to end (after a browser.close) and forgets its profile. */
    @Override
    public void close() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(profile);
    }

    /** Best effort: a child process Firefox left still writing there leaves the rest to the system's temp cleanup. */
    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException stillWritten) {
            // nothing the test depends on: the profile is never used again
        }
    }
}
