package dev.newsdesk.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * dynalite (a DynamoDB protocol server on LevelDB) as a child process on a loopback port. It is installed from
 * the committed npm lockfile ({@code npm ci}); with no data directory it keeps everything in memory.
 */
public final class DynaliteServer implements ChildServer {

    /**
     * Runs dynalite's cli.js (argv[1]) after making node exit when its stdin, a pipe from this JVM, closes: a test
     * or bench JVM that is killed or exits without closing us leaves no dynalite behind.
     */
    private static final String EXIT_WITH_PARENT =
            "process.stdin.on('end', () => process.exit(0)).on('error', () => process.exit(0)).resume();"
                    + " require(process.argv[1]);";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;

    private DynaliteServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts dynalite from {@code projectDir/node_modules} on {@code port} (0 picks a free one: dynalite's own
     * {@code --port 0} does not), keeping data under {@code dataDir} if given.
     */
    public static DynaliteServer start(Path projectDir, int port, Optional<Path> dataDir, Path logFile)
            throws IOException {
        Path cli = projectDir.resolve("node_modules/dynalite/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IOException("dynalite is not installed: run `npm ci --ignore-scripts` in " + projectDir);
        }
        int chosen = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of("node", "-e", EXIT_WITH_PARENT, cli.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(chosen),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dataDir.isPresent()) {
            Files.createDirectories(dataDir.get());
            command.addAll(List.of("--path", dataDir.get().toString()));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        DynaliteServer server = new DynaliteServer(process, chosen);
        server.awaitListening();
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Process process() {
        return process;
    }


    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("dynalite exited with code " + process.exitValue() + " (is Node >= 20 on PATH?)");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        close();
        throw new IOException("dynalite did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** A port that was free a moment ago on loopback. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
