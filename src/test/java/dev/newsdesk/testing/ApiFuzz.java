package dev.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@link HostileRequests} to a server from a few clients at once, each on a new connection, and checks every
 * answer: none ≥ 500, every error body problem+json (with its own status in it, no stack trace), every request
 * answered. Bounded by a count and a time; the latency of each exchange (connect to last byte) is kept.
 */
public final class ApiFuzz {

    /**
     * What a run saw. {@code violations} describe each broken rule (empty when all held); {@code statuses} counts
     * the answers by status; latencies are of every exchange that got an answer, in milliseconds.
     */
    public record Report(int sent, List<String> violations, Map<Integer, Integer> statuses, double[] latenciesMillis,
                         String slowest, long seed) {

        public double percentile(double p) {
            if (latenciesMillis.length == 0) return Double.NaN;
            double[] sorted = latenciesMillis.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        }

        public long over(double millis) {
            return Arrays.stream(latenciesMillis).filter(l -> l > millis).count();
        }

        public String summary() {
            return String.format("%d requests (seed %d): statuses %s; violations %d; latency p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms (%s), over 1 s: %d", sent, seed, statuses, violations.size(), percentile(50),
                    percentile(99), percentile(100), slowest, over(1000));
        }
    }

    private ApiFuzz() {
    }

    /** The API's routes, with the slug of a published article: where the requests that are not random start. */
    public static List<String> routes(String slug) {
        return List.of("/articles", "/articles/" + slug, "/articles/" + slug + "?format=markdown", "/rankings",
                "/sections", "/feeds/rss", "/feeds/atom", "/feeds/json", "/sitemap.xml", "/articles/",
                "/articles/no-such-article");
    }

    /**
     * Runs up to {@code requests} requests from {@code clients} threads against {@code server}, stopping early at
     * {@code maxSeconds}; each exchange waits at most {@code clientTimeoutMillis} per read.
     */
    public static Report run(URI server, List<String> knownPaths, int requests, int clients, int maxSeconds,
                             int clientTimeoutMillis, long seed) throws Exception {
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        double[] latencies = new double[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        String[] slowest = {"none", "0"};
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                HostileRequests generator = new HostileRequests(new Random(seed + c), knownPaths);
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < stopAt;
                         i = next.getAndIncrement()) {
                        HostileRequests.Request request = generator.next();
                        long start = System.nanoTime();
                        RawHttp.Response response;
                        try {
                            response = RawHttp.exchange(server, request.bytes(), request.head(), clientTimeoutMillis);
                        } catch (IOException e) {
                            violations.add(describe(request) + ": no answer (" + e.getClass().getSimpleName() + ")");
                            continue;
                        }
                        double millis = (System.nanoTime() - start) / 1e6;
                        synchronized (latencies) {
                            latencies[answered.getAndIncrement()] = millis;
                            if (millis > Double.parseDouble(slowest[1])) {
                                slowest[0] = describe(request) + " -> " + response.status();
                                slowest[1] = Double.toString(millis);
                            }
                        }
                        statuses.merge(response.status(), 1, Integer::sum);
                        check(request, response, violations);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int sent = Math.min(next.get(), requests);
        return new Report(sent, List.copyOf(violations), Map.copyOf(statuses),
                Arrays.copyOf(latencies, answered.get()), slowest[0], seed);
    }

    static void check(HostileRequests.Request request, RawHttp.Response response, List<String> violations) {
        int status = response.status();
        if (status < 0) {
            violations.add(describe(request) + ": closed without an answer");
            return;
        }
        if (status >= 500) {
            violations.add(describe(request) + ": " + status + " " + response.text());
        }
        String type = response.header("content-type");
        boolean hasBody = response.body().length > 0 || !"0".equals(response.header("content-length"));
        if (status >= 400 && hasBody) {
            if (type == null || !type.startsWith("application/problem+json")) {
                violations.add(describe(request) + ": " + status + " answered as " + type);
                return;
            }
            if (response.body().length > 0) {
                String text = response.text();
                try {
                    JsonNode problem = ArticleJson.mapper().readTree(text);
                    if (problem.path("status").asInt() != status) {
                        violations.add(describe(request) + ": a " + status + " whose problem says " + problem.path("status"));
                    }
                } catch (IOException e) {
                    violations.add(describe(request) + ": a problem body that is not JSON");
                }
                if (text.contains("Exception") || text.contains("\tat ")) {
                    violations.add(describe(request) + ": a stack trace or exception in the body");
                }
            }
        }
    }

    /** The request's first line, shortened, for a violation's message. */
    private static String describe(HostileRequests.Request request) {
        String text = new String(request.bytes(), 0, Math.min(100, request.bytes().length), StandardCharsets.ISO_8859_1);
        int eol = text.indexOf('\n');
        return (eol < 0 ? text : text.substring(0, eol)).replaceAll("[^\\x20-\\x7e]", "?");
    }
}
