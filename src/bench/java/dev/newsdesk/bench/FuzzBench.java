package dev.newsdesk.bench;

import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.local.LocalApiServer;
import dev.newsdesk.local.LocalMode;
import dev.newsdesk.local.http.HttpLimits;
import dev.newsdesk.testing.ApiFuzz;
import dev.newsdesk.testing.StalledClients;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The one-machine API under fuzzing (issue 16's goal): hostile requests ({@code HostileRequests}) from 4 clients
 * against {@link LocalApiServer} as {@code ./newsdesk local} runs it (its limits, 32 requests in the handler at
 * once, the real ApiFunction on S3Proxy and dynalite, the reference article published), first alone, then with
 * STALLED connections held open and stalled, the same requests (the same seed) both times. Prints each run's
 * statuses, rule violations (≥ 500, an error body that is not problem+json) and latencies.
 *
 * <pre>./newsdesk bench fuzz [REQUESTS] [STALLED] [SEED]     (default 10000 requests, 64 stalled, seed 1)</pre>
 */
public final class FuzzBench {

    private static final int CLIENTS = 4;
    private static final int MAX_SECONDS = 300;
    private static final int CLIENT_TIMEOUT_MS = 10_000;

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int stalledCount = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        try (BenchAws aws = BenchAws.start()) {
            Services services = Services.create(aws.settings.withHotReadCache(Settings.DEFAULT_HOT_READ_CACHE),
                    Clock.systemUTC());
            aws.publishSample(services);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            try (LocalApiServer api = LocalApiServer.start(0, LocalMode.API_THREADS, new ApiFunction(services)::handle,
                    aws.settings.region(), quiet, line -> { }, false, HttpLimits.DEFAULT)) {
                var routes = ApiFuzz.routes(BenchAws.SAMPLE_SLUG);
                // Warm-up with other requests: the JIT, the handler's first reads.
                ApiFuzz.run(api.endpoint(), routes, 1000, CLIENTS, MAX_SECONDS, CLIENT_TIMEOUT_MS, seed + 1_000_000);
                System.out.printf("%d hostile requests per run from %d clients, each on a new connection, seed %d;"
                        + " java %s%n%n", requests, CLIENTS, seed, System.getProperty("java.version"));
                System.out.println("| stalled connections | requests | answered | violations | p50 ms | p99 ms"
                        + " | max ms | over 1 s | run s | statuses |");
                System.out.println("|---|---|---|---|---|---|---|---|---|---|");
                long start = System.nanoTime();
                ApiFuzz.Report alone = ApiFuzz.run(api.endpoint(), routes, requests, CLIENTS, MAX_SECONDS,
                        CLIENT_TIMEOUT_MS, seed);
                print("0", alone, start);
                try (StalledClients stalled = StalledClients.open(api.endpoint(), stalledCount)) {
                    start = System.nanoTime();
                    ApiFuzz.Report beside = ApiFuzz.run(api.endpoint(), routes, requests, CLIENTS, MAX_SECONDS,
                            CLIENT_TIMEOUT_MS, seed);
                    print(stalledCount + " (" + stalled.replaced() + " replaced after the server closed them)",
                            beside, start);
                    System.out.println();
                    System.out.println("slowest, alone: " + alone.slowest() + "; beside the stalled: "
                            + beside.slowest());
                    beside.violations().stream().limit(10).forEach(v -> System.out.println("violation: " + v));
                    alone.violations().stream().limit(10).forEach(v -> System.out.println("violation: " + v));
                }
            }
        }
    }

    private static void print(String stalled, ApiFuzz.Report r, long startNanos) {
        System.out.printf("| %s | %d | %d | %d | %.1f | %.1f | %.1f | %d | %.1f | %s |%n", stalled, r.sent(),
                r.latenciesMillis().length, r.violations().size(), r.percentile(50), r.percentile(99),
                r.percentile(100), r.over(1000), (System.nanoTime() - startNanos) / 1e9, r.statuses());
    }
}
