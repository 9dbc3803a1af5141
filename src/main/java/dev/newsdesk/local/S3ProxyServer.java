package dev.newsdesk.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy (an S3 protocol server) as a child process, from its standalone jar, keeping objects as plain files
 * under a directory ({@code <dir>/<bucket>/<key>}). It is a child process rather than a library so that none of
 * its dependencies enter the project's class path (the Lambda package must not carry them).
 */
public final class S3ProxyServer implements ChildServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts S3Proxy as {@code launch} says on 127.0.0.1:{@code port}, storing under {@code storeDir}, with no
     * authentication (any access key and secret is accepted), taking uploads from pages served at
     * {@code browserOrigins} (CORS). Its configuration goes to {@code propertiesFile}.
     */
    public static S3ProxyServer start(S3ProxyLaunch launch, int port, Path storeDir, List<String> browserOrigins,
                                      Path propertiesFile, Path logFile) throws IOException {
        launch.check();
        Files.createDirectories(storeDir); // S3Proxy's filesystem store refuses a base directory that is missing
        writeProperties(propertiesFile, properties(port, storeDir, browserOrigins));
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
        command.addAll(launch.javaArgs());
        command.addAll(List.of("--properties", propertiesFile.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        S3ProxyServer server = new S3ProxyServer(process, port);
        server.awaitListening(logFile);
        return server;
    }

    /**
     * The configuration S3Proxy 4.x reads (its own nio2 filesystem store, selected as {@code filesystem}). A page
     * at one of {@code browserOrigins} may PUT a file to a presigned URL (the newsroom's drag and drop) and read
     * the answer's ETag, as the bucket's CORS rule allows on AWS (template.yaml).
     */
    static Properties properties(int port, Path storeDir, List<String> browserOrigins) {
        Properties p = new Properties();
        p.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
        p.setProperty("s3proxy.authorization", "none");
        p.setProperty("jclouds.provider", "filesystem");
        p.setProperty("jclouds.filesystem.basedir", storeDir.toAbsolutePath().toString());
        // Main insists on both, even for stores that need no credentials.
        p.setProperty("jclouds.identity", "local");
        p.setProperty("jclouds.credential", "local");
        // Space-separated lists; each origin is a regular expression to S3Proxy, hence the quoting.
        p.setProperty("s3proxy.cors-allow-origins", String.join(" ",
                browserOrigins.stream().map(java.util.regex.Pattern::quote).toList()));
        p.setProperty("s3proxy.cors-allow-methods", "GET HEAD PUT");
        p.setProperty("s3proxy.cors-allow-headers", "Content-Type");
        p.setProperty("s3proxy.cors-exposed-headers", "ETag");
        return p;
    }

    private static void writeProperties(Path file, Properties properties) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by ./newsdesk local on each start");
        }
    }

    /** The java that runs this JVM, so the child needs nothing else on PATH. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .filter(c -> c.endsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public Process process() {
        return process;
    }

    @Override
    public int port() {
        return port;
    }


    private void awaitListening(Path logFile) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("S3Proxy exited with code " + process.exitValue() + "; see " + logFile);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close();
        throw new IOException("S3Proxy did not listen on port " + port + " within " + START_TIMEOUT + "; see " + logFile);
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: S3Proxy's own shutdown hook stops Jetty
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
