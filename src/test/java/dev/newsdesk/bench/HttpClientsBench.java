package dev.newsdesk.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Does the url-connection client stall against S3Proxy with our usage? Runs, for each HTTP client in turn, the
 * S3 calls the project makes (PutObject and GetObject as the tests and ingest do, ListObjectsV2 as the one-machine
 * mode's pump does every 250 ms, DeleteObject) against an in-process S3Proxy, for a fixed time, and reports the
 * latency distribution and every call slower than one second.
 *
 * <pre>./newsdesk bench httpClients [SECONDS-PER-CLIENT] [PAUSE-MS]</pre>
 */
public final class HttpClientsBench {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int pauseMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        URI endpoint = URI.create("http://127.0.0.1:" + dev.newsdesk.local.DynaliteServer.freePort());
        S3Proxy proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(endpoint)
                .awsAuthentication(AuthenticationType.NONE, null, null).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        try {
            System.out.printf("S3Proxy in process at %s; %d s per client, %d ms pause between rounds%n",
                    endpoint, seconds, pauseMs);
            // Alternate, twice each, so that a noisy minute on the shared machine does not favour one.
            for (int round = 0; round < 2; round++) {
                run("url-connection", UrlConnectionHttpClient::create, endpoint, seconds, pauseMs, round);
                run("apache5", Apache5HttpClient::create, endpoint, seconds, pauseMs, round);
            }
        } finally {
            proxy.stop();
        }
    }

    private static void run(String name, Supplier<SdkHttpClient> http, URI endpoint, int seconds, int pauseMs,
                            int round) throws InterruptedException {
        String bucket = "stall-" + name.replace('-', 'x') + "-" + round;
        try (SdkHttpClient httpClient = http.get();
             S3Client s3 = S3Client.builder().httpClient(httpClient).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                     .endpointOverride(endpoint).forcePathStyle(true).build()) {
            s3.createBucket(b -> b.bucket(bucket));
            byte[] body = "Politique\n\nUn titre\n\n".concat("Un paragraphe de texte. ".repeat(200)).getBytes();
            List<Long> put = new ArrayList<>();
            List<Long> get = new ArrayList<>();
            List<Long> list = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            int i = 0;
            while (System.nanoTime() < end) {
                String key = "k/" + (i % 50) + ".txt";
                put.add(time(slow, "PutObject", () -> s3.putObject(b -> b.bucket(bucket).key(key),
                        RequestBody.fromBytes(body))));
                get.add(time(slow, "GetObject", () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key))));
                list.add(time(slow, "ListObjectsV2", () -> s3.listObjectsV2Paginator(b -> b.bucket(bucket))
                        .contents().forEach(o -> { })));
                if (i % 10 == 9) {
                    time(slow, "DeleteObject", () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
                }
                i++;
                if (pauseMs > 0) Thread.sleep(pauseMs);
            }
            System.out.printf("%-15s round %d: %5d rounds | PutObject %s | GetObject %s | ListObjectsV2 %s | calls > 1 s: %d %s%n",
                    name, round + 1, i, stats(put), stats(get), stats(list), slow.size(), slow);
        }
    }

    private static long time(List<String> slow, String op, Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        long micros = (System.nanoTime() - t0) / 1000;
        if (micros > 1_000_000) slow.add(op + " " + micros / 1000 + " ms");
        return micros;
    }

    static String stats(List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) return "-";
        return String.format("p50 %.2f ms p99 %.2f ms max %.1f ms", percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
