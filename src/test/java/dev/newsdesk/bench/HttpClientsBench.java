package dev.newsdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK's sync HTTP clients side by side, on the calls the project makes: S3 PutObject and GetObject (the tests,
 * ingest), ListObjectsV2 (the one-machine mode's pump, every 250 ms), DeleteObject, against S3Proxy; DynamoDB
 * GetItem and UpdateItem {@code ADD} (a view) against dynalite. For each client in turn (twice, alternating, so
 * that a noisy moment of the shared machine does not favour one), for a fixed time: the latency distribution, and
 * every call slower than one second, which is what "url-connection stalls with S3Proxy" would look like.
 *
 * <pre>./newsdesk bench httpClients [SECONDS-PER-CLIENT-AND-ROUND] [PAUSE-MS]</pre>
 */
public final class HttpClientsBench {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int pauseMs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Map<String, Supplier<SdkHttpClient>> clients = new java.util.LinkedHashMap<>();
        clients.put("url-connection", UrlConnectionHttpClient::create);
        clients.put("apache5", Apache5HttpClient::create);
        clients.put("crt", AwsCrtHttpClient::create);
        try (BenchAws aws = BenchAws.start()) {
            System.out.printf("S3Proxy in process, dynalite; %d s per client and round, %d ms pause between rounds%n",
                    seconds, pauseMs);
            System.out.println();
            System.out.println("| client | round | rounds | PutObject p50 / p99 / max ms | GetObject | ListObjectsV2 "
                    + "| DynamoDB GetItem | DynamoDB UpdateItem | calls > 1 s |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (int round = 0; round < 2; round++) {
                for (var client : clients.entrySet()) {
                    run(aws, client.getKey(), client.getValue(), seconds, pauseMs, round);
                }
            }
        }
    }

    private static void run(BenchAws aws, String name, Supplier<SdkHttpClient> http, int seconds, int pauseMs,
                            int round) throws InterruptedException {
        String bucket = "clients-" + name.replace('-', 'x') + "-" + round;
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
        try (SdkHttpClient httpClient = http.get();
             S3Client s3 = S3Client.builder().httpClient(httpClient).region(Region.US_EAST_1)
                     .credentialsProvider(credentials).endpointOverride(aws.settings.s3Endpoint().orElseThrow())
                     .forcePathStyle(true).build();
             DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(httpClient).region(Region.US_EAST_1)
                     .credentialsProvider(credentials)
                     .endpointOverride(aws.settings.dynamoDbEndpoint().orElseThrow()).build()) {
            s3.createBucket(b -> b.bucket(bucket));
            byte[] body = "Politique\n\nUn titre\n\n".concat("Un paragraphe de texte. ".repeat(200)).getBytes();
            List<Long> put = new ArrayList<>();
            List<Long> get = new ArrayList<>();
            List<Long> list = new ArrayList<>();
            List<Long> getItem = new ArrayList<>();
            List<Long> update = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("BENCH#" + name),
                    "sk", AttributeValue.fromS("#"));
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            int i = 0;
            while (System.nanoTime() < end) {
                String object = "k/" + (i % 50) + ".txt";
                put.add(time(slow, "PutObject", () -> s3.putObject(b -> b.bucket(bucket).key(object),
                        RequestBody.fromBytes(body))));
                get.add(time(slow, "GetObject", () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(object))));
                list.add(time(slow, "ListObjectsV2", () -> s3.listObjectsV2Paginator(b -> b.bucket(bucket))
                        .contents().forEach(o -> { })));
                if (i % 10 == 9) {
                    time(slow, "DeleteObject", () -> s3.deleteObject(b -> b.bucket(bucket).key(object)));
                }
                update.add(time(slow, "UpdateItem", () -> dynamo.updateItem(b -> b.tableName(BenchAws.TABLE)
                        .key(key).updateExpression("ADD #v :one").expressionAttributeNames(Map.of("#v", "views"))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))));
                getItem.add(time(slow, "GetItem", () -> dynamo.getItem(b -> b.tableName(BenchAws.TABLE).key(key))));
                i++;
                if (pauseMs > 0) Thread.sleep(pauseMs);
            }
            System.out.printf("| %s | %d | %d | %s | %s | %s | %s | %s | %d %s |%n", name, round + 1, i, stats(put),
                    stats(get), stats(list), stats(getItem), stats(update), slow.size(), slow.isEmpty() ? "" : slow);
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
        return String.format("%.2f / %.1f / %.0f", percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
