package dev.newsdesk.bench;

import dev.newsdesk.Services;
import dev.newsdesk.api.ApiHandler;
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

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        try (BenchAws aws = BenchAws.start()) {
            Services services = Services.create(aws.settings, Clock.systemUTC());
            aws.publishSample(services);
            PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
            try (LocalApiServer server = LocalApiServer.start(0, 32, new ApiHandler(services),
                    aws.settings.region(), quiet, false)) {
                String base = server.endpoint().toString().replaceAll("/$", "");
                String article = base + "/articles/" + BenchAws.SAMPLE_SLUG;
                String rankings = base + "/rankings";
                System.out.printf("wrk %d s per run on loopback; LocalApiServer (32 threads) + S3Proxy + dynalite; %s%n",
                        seconds, System.getProperty("java.version"));
                wrk(article, 1, 2, false); // warm-up: JIT, connections
                services.rollup().run(Clock.systemUTC().instant().plusSeconds(120));
                wrk(rankings, 1, 2, false);

                System.out.println();
                System.out.println("| route | connections | requests/s | p50 ms | p99 ms |");
                System.out.println("|---|---|---|---|---|");
                Result one = wrk(article, 1, seconds, true);
                print("GET /articles/{slug} (counts a view)", 1, one);
                print("GET /articles/{slug} (counts a view)", connections, wrk(article, connections, seconds, true));
                services.rollup().run(Clock.systemUTC().instant().plusSeconds(120));
                print("GET /rankings", 1, wrk(rankings, 1, seconds, true));
                print("GET /rankings", connections, wrk(rankings, connections, seconds, true));

                double getItem = getItemP50(aws, seconds);
                System.out.printf("%nbare GetItem of the article item (same SDK client kind, same dynalite, one at a time): p50 %.2f ms%n",
                        getItem);
                System.out.printf("get-article p50 (1 connection) / GetItem p50 = %.2f / %.2f = %.2f%n",
                        one.p50, getItem, one.p50 / getItem);
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

    /** GetItem of the article's own item, sequentially, for {@code seconds} (after a short warm-up). */
    static double getItemP50(BenchAws aws, int seconds) {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(dev.newsdesk.store.Keys.article(BenchAws.SAMPLE_SLUG)),
                "sk", AttributeValue.fromS("#"));
        for (int i = 0; i < 200; i++) get(aws, key);
        List<Long> nanos = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            get(aws, key);
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
