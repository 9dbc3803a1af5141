package dev.newsdesk.bench;

import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.local.LocalApiServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one-machine API under load: {@code wrk} (Debian's package) on loopback against the one-machine mode's HTTP
 * server ({@link LocalApiServer}, in process, the same handler and settings as {@code ./newsdesk local}) on
 * S3Proxy and dynalite; and, in the same run against the same dynalite, a bare DynamoDB GetItem of the same
 * article item with the same SDK client, one at a time. Each wrk run is bounded in time.
 *
 * <pre>./newsdesk bench load [SECONDS] [CONNECTIONS]     (default 8 s per run, 16 connections)</pre>
 */
public final class LoadBench {

    private static final int WARM_UP_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (BenchAws aws = BenchAws.start()) {
            // As ./newsdesk local runs: the instance cache on, as on Lambda. The cold path (every read a story's
            // first on its instance) is measured too, through a second server whose cache is off.
            Services services = Services.create(aws.settings.withHotReadCache(Settings.DEFAULT_HOT_READ_CACHE),
                    Clock.systemUTC());
            Services uncached = Services.create(aws.settings, Clock.systemUTC());
            aws.publishSample(services);
            PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
            ApiFunction handler = new ApiFunction(services);
            try (LocalApiServer server = LocalApiServer.start(0, 32, handler::handle, aws.settings.region(), quiet, false);
                 LocalApiServer cold = LocalApiServer.start(0, 32, new ApiFunction(uncached)::handle, aws.settings.region(),
                         quiet, false)) {
                String base = server.endpoint().toString();
                String article = base + "/articles/" + BenchAws.SAMPLE_SLUG;
                String coldArticle = cold.endpoint() + "/articles/" + BenchAws.SAMPLE_SLUG;
                String rankings = base + "/rankings";
                System.out.printf("wrk %d s per run on loopback; LocalApiServer (32 requests in the handler at once)"
                        + " + S3Proxy + dynalite; java %s%n", seconds, System.getProperty("java.version"));
                // Warm-up: the JIT needs thousands of requests before the figures settle (a 2 s warm-up left the
                // first measured run at 2-5 times the steady state).
                wrk(article, 4, WARM_UP_SECONDS, false);
                wrk(coldArticle, 4, WARM_UP_SECONDS / 2, false);
                services.rollup().run(Clock.systemUTC().instant().plusSeconds(120));
                wrk(rankings, 4, WARM_UP_SECONDS / 2, false);

                System.out.println();
                System.out.println("| route | connections | requests/s | p50 ms | p99 ms |");
                System.out.println("|---|---|---|---|---|");
                Result one = wrk(article, 1, seconds, true);
                print("GET /articles/{slug} (counts a view)", 1, one);
                print("GET /articles/{slug} (counts a view)", connections, wrk(article, connections, seconds, true));
                Result coldOne = wrk(coldArticle, 1, seconds, true);
                print("GET /articles/{slug}, instance cache off (every read a first read)", 1, coldOne);
                services.rollup().run(Clock.systemUTC().instant().plusSeconds(120));
                print("GET /rankings", 1, wrk(rankings, 1, seconds, true));
                print("GET /rankings", connections, wrk(rankings, connections, seconds, true));

                double getItem = p50(seconds, () -> get(aws, ARTICLE_KEY));
                System.out.printf("%nbare GetItem of the article item (same SDK client kind, same dynalite, one at a time):"
                        + " p50 %.2f ms%n", getItem);
                System.out.printf("get-article p50 (1 connection) / GetItem p50 = %.2f / %.2f = %.2f;"
                        + " instance cache off: %.2f / %.2f = %.2f%n", one.p50, getItem, one.p50 / getItem,
                        coldOne.p50, getItem, coldOne.p50 / getItem);
                // What get-article asks dynalite for, each request alone (dynalite answers one at a time).
                String slug = BenchAws.SAMPLE_SLUG;
                List<Map<String, AttributeValue>> total = List.of(Map.of(
                        "pk", AttributeValue.fromS(dev.newsdesk.store.Keys.viewTotal(slug)), "sk", AttributeValue.fromS("#")));
                double batch = p50(Math.max(2, seconds / 2), () -> aws.dynamo.batchGetItem(b -> b.requestItems(
                        Map.of(BenchAws.TABLE, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes
                                .builder().keys(total).build()))));
                double update = p50(Math.max(2, seconds / 2), () -> aws.dynamo.updateItem(b -> b
                        .tableName(BenchAws.TABLE).key(Map.of("pk", AttributeValue.fromS("BENCH#counter"),
                                "sk", AttributeValue.fromS("TOTAL")))
                        .updateExpression("ADD #v :one").expressionAttributeNames(Map.of("#v", "views"))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))));
                java.net.http.HttpClient jdk = java.net.http.HttpClient.newHttpClient();
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(article))
                        .header("User-Agent", "Mozilla/5.0 (bench)").build();
                double overHttp = p50(Math.max(2, seconds / 2), () -> {
                    try {
                        var response = jdk.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) throw new IllegalStateException("" + response.statusCode());
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                System.out.printf("get-article through the same server with the JDK's HttpClient, one at a time, p50:"
                        + " %.2f ms; / GetItem p50 = %.2f%n", overHttp, overHttp / getItem);
                var event = BenchAws.get("/articles/" + slug);
                double inProcess = p50(Math.max(2, seconds / 2), () -> handler.handle(event, null));
                System.out.printf("get-article in process (the handler alone, no HTTP server), p50: %.2f ms; / GetItem p50"
                        + " = %.2f%n", inProcess, inProcess / getItem);
                System.out.printf("each alone, p50: GetItem %.2f ms, UpdateItem ADD %.2f ms, BatchGetItem of the"
                        + " article's total %.2f ms%n", getItem, update, batch);
            }
        }
    }

    record Result(double requestsPerSecond, double p50, double p99) {
    }

    static void print(String route, int connections, Result r) {
        System.out.printf("| %s | %d | %,.0f | %.2f | %.2f |%n", route, connections, r.requestsPerSecond, r.p50, r.p99);
    }

    /** Runs wrk and reads its requests/s and latency percentiles; fails if any request was not a 2xx. */
    static Result wrk(String url, int connections, int seconds, boolean parse) throws Exception {
        List<String> command = List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "--latency", url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = String.join("\n", r.lines().toList());
        }
        if (p.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + out);
        if (out.contains("Non-2xx or 3xx responses")) throw new IllegalStateException("errors under load:\n" + out);
        if (!parse) return null;
        return new Result(number(out, "Requests/sec:\\s+([\\d.]+)"), millis(out, "50%"), millis(out, "99%"));
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) throw new IllegalStateException("no " + regex + " in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    /** wrk prints "50%  1.23ms" (or us, or s). */
    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) throw new IllegalStateException("no " + percentile + " in:\n" + out);
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    static final Map<String, AttributeValue> ARTICLE_KEY = Map.of(
            "pk", AttributeValue.fromS(dev.newsdesk.store.Keys.article(BenchAws.SAMPLE_SLUG)),
            "sk", AttributeValue.fromS("#"));

    /** The median time of {@code call}, made one at a time for {@code seconds} after 200 unmeasured calls. */
    static double p50(int seconds, Runnable call) {
        for (int i = 0; i < 200; i++) call.run();
        List<Long> nanos = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            call.run();
            nanos.add(System.nanoTime() - t0);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void get(BenchAws aws, Map<String, AttributeValue> key) {
        if (!aws.dynamo.getItem(b -> b.tableName(BenchAws.TABLE).key(key)).hasItem()) {
            throw new IllegalStateException("the article item is not there: " + key);
        }
    }
}
