package dev.newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.local.LocalApiServer;
import dev.newsdesk.local.LocalMode;
import dev.newsdesk.testing.RawHttp;
import dev.newsdesk.testing.StalledClients;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Why the one-machine API is not served by the JDK's server: the cases of issue 16 against the JDK's
 * {@code com.sun.net.httpserver} as the mode ran it (a fixed pool of 32 threads; pass its {@code sun.net.httpserver.*}
 * properties in NEWSDESK_JAVA_OPTS to try them) and against {@link LocalApiServer}, each around a handler that
 * answers 200 at once, after 100 exchanges of warm-up. Each exchange waits at most 15 s per read. Then, where
 * {@code wrk} is installed, the throughput of each around the same handler: 1 and 16 keep-alive connections, 5 s
 * each, the two servers one after the other.
 *
 * <pre>./newsdesk bench httpServer</pre>
 */
public final class HttpServerBench {

    private static final int CLIENT_TIMEOUT_MS = 15_000;

    public static void main(String[] args) throws Exception {
        // As the mode's launcher ran it: without TCP_NODELAY it answered in two segments and waited for the ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        Map<String, String> jdk;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        ExecutorService pool = Executors.newFixedThreadPool(LocalMode.API_THREADS);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        boolean wrk = wrkInstalled();
        String jdkThroughput = "";
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            jdk = cases(endpoint);
            jdkThroughput = wrk ? throughput(endpoint) : "";
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
        Map<String, String> ours;
        try (LocalApiServer api = LocalApiServer.start(0, LocalMode.API_THREADS, (event, context) ->
                        new HttpApiResponse(200, null, null, "{}", false), "us-east-1",
                new PrintStream(OutputStream.nullOutputStream()), false)) {
            ours = cases(api.endpoint());
            if (wrk) {
                System.out.println("wrk, com.sun.net.httpserver: " + jdkThroughput);
                System.out.println("wrk, LocalApiServer:         " + throughput(api.endpoint()));
                System.out.println();
            }
        }
        System.out.printf("java %s; %s%n%n", System.getProperty("java.version"), System.getProperties().entrySet()
                .stream().filter(e -> e.getKey().toString().startsWith("sun.net.httpserver.")).toList());
        System.out.println("| case | com.sun.net.httpserver (32 threads) | LocalApiServer |");
        System.out.println("|---|---|---|");
        jdk.forEach((name, answer) -> System.out.println("| " + name + " | " + answer + " | " + ours.get(name) + " |"));
    }

    /** wrk's requests/s, p50 and p99 against {@code server} with 1 and 16 connections (a row each). */
    private static String throughput(URI server) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int connections : new int[] {1, 16}) {
            LoadBench.Result r = LoadBench.wrk(server + "/", connections, 5, true);
            rows.append(String.format("%d connections: %.0f requests/s, p50 %.2f ms, p99 %.2f ms; ", connections,
                    r.requestsPerSecond(), r.p50(), r.p99()));
        }
        return rows.toString();
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Map<String, String> cases(URI server) throws Exception {
        // Warm-up: the first answers of a fresh JVM load classes (the problem's JSON mapper among them).
        for (int i = 0; i < 50; i++) {
            answer(server, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            answer(server, "GET /articles/% HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        try (StalledClients stalled = StalledClients.open(server, 64)) {
            answers.put("GET / beside 64 stalled connections", answer(server, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        }
        answers.put("GET /articles/%", answer(server, "GET /articles/% HTTP/1.1\r\nHost: x\r\n\r\n"));
        answers.put("a 1 MB URL", answer(server, "GET /" + "a".repeat(1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        answers.put("a 100 KB header", answer(server, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(100_000)
                + "\r\n\r\n"));
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 300; i++) many.append("X-").append(i).append(": v\r\n");
        answers.put("300 header lines", answer(server, many + "\r\n"));
        answers.put("GET / HTTP/2.0", answer(server, "GET / HTTP/2.0\r\nHost: x\r\n\r\n"));
        return answers;
    }

    /** Status, content type and time of the answer, or what happened instead. */
    private static String answer(URI server, String request) {
        long start = System.nanoTime();
        String outcome;
        try {
            RawHttp.Response r = RawHttp.exchange(server, request, CLIENT_TIMEOUT_MS);
            outcome = r.status() < 0 ? "closed without an answer"
                    : r.status() + " " + r.header("content-type");
        } catch (IOException e) {
            outcome = e.getClass().getSimpleName() + " (" + e.getMessage() + ")";
        }
        return String.format("%s, %.0f ms", outcome, (System.nanoTime() - start) / 1e6);
    }
}
