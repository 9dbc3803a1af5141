package dev.newsdesk.bench;

import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.testing.RequestCounter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Round trips per request, counted at the SDK (an ExecutionInterceptor on each client, as RequestCostTest does):
 * S3 and DynamoDB separately, by operation, for ingest, get-article, list, rankings and sections, on S3Proxy and
 * dynalite. Get-article is counted without the instance cache (a story's first read on an instance) and with it
 * ({@link Settings#DEFAULT_HOT_READ_CACHE}, as in the one-machine mode; Lambda's lasts 5 s: a second read within
 * the cache's lifetime reuses the article and its total).
 *
 * <pre>./newsdesk bench roundTrips</pre>
 */
public final class RoundTripsBench {

    public static void main(String[] args) throws Exception {
        try (BenchAws aws = BenchAws.start()) {
            RequestCounter s3Calls = new RequestCounter();
            RequestCounter dynamoCalls = new RequestCounter();
            S3Client s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .region(Region.US_EAST_1).credentialsProvider(credentials())
                    .endpointOverride(aws.settings.s3Endpoint().orElseThrow()).forcePathStyle(true)
                    .overrideConfiguration(c -> c.addExecutionInterceptor(s3Calls)).build();
            DynamoDbClient dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .region(Region.US_EAST_1).credentialsProvider(credentials())
                    .endpointOverride(aws.settings.dynamoDbEndpoint().orElseThrow())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(dynamoCalls)).build();
            Settings local = aws.settings;
            Settings lambda = new Settings(local.tableName(), local.bucketName(), local.region(), local.s3Endpoint(),
                    local.dynamoDbEndpoint(), local.maxUploadBytes(), Settings.DEFAULT_VIEW_LOG_PARTITIONS,
                    Settings.DEFAULT_HOT_READ_CACHE, Settings.DEFAULT_REPEAT_VIEW_WINDOW, local.publicationName());
            Services services = Services.with(local, Clock.systemUTC(), s3, dynamo);
            Services lambdaServices = Services.with(lambda, Clock.systemUTC(), s3, dynamo);
            IngestFunction ingest = new IngestFunction(services);
            ApiFunction api = new ApiFunction(services);
            ApiFunction lambdaApi = new ApiFunction(lambdaServices);

            System.out.println("| request | S3 | DynamoDB | round trips |");
            System.out.println("|---|---|---|---|");
            byte[] sample = BenchAws.sample();
            aws.s3.putObject(b -> b.bucket(BenchAws.BUCKET).key(BenchAws.SAMPLE_KEY), RequestBody.fromBytes(sample));
            long seq = 1;
            long first = seq++;
            row("ingest: a new article (the reference sample, 8 keywords)", s3Calls, dynamoCalls, () ->
                    ingest.handle(BenchAws.putEvent(BenchAws.SAMPLE_KEY, sample.length,
                            BenchAws.sequencer(first)), null));
            String second = BenchAws.sequencer(seq++);
            row("ingest: the same object uploaded again", s3Calls, dynamoCalls, () ->
                    ingest.handle(BenchAws.putEvent(BenchAws.SAMPLE_KEY, sample.length, second), null));
            row("ingest: a duplicate event (same sequencer)", s3Calls, dynamoCalls, () ->
                    ingest.handle(BenchAws.putEvent(BenchAws.SAMPLE_KEY, sample.length, second), null));
            for (int i = 0; i < 25; i++) { // more articles, so that a list page is full
                byte[] text = ("Sport\n\nSujet numéro " + i + "\n\nUn paragraphe de texte pour le sujet " + i
                        + ", avec des mots en nombre suffisant pour un article.").getBytes(StandardCharsets.UTF_8);
                String key = "sport/" + i + ".txt";
                aws.s3.putObject(b -> b.bucket(BenchAws.BUCKET).key(key), RequestBody.fromBytes(text));
                long n = seq++;
                quietly(() -> ingest.handle(BenchAws.putEvent(key, text.length, BenchAws.sequencer(n)), null));
            }
            String article = "/articles/" + BenchAws.SAMPLE_SLUG;
            row("GET " + article.substring(0, 30) + "… (counts a view; instance cache off)",
                    s3Calls, dynamoCalls, () -> check(api.handle(BenchAws.get(article), null)));
            row("the same with the 1 s instance cache (Lambda, one machine): first read of the instance",
                    s3Calls, dynamoCalls, () -> check(lambdaApi.handle(BenchAws.get(article), null)));
            row("the same, read again within the second (the same reader: counts no view, RepeatViews)", s3Calls,
                    dynamoCalls,
                    () -> check(lambdaApi.handle(BenchAws.get(article), null)));
            row("GET /articles (a page of 20)", s3Calls, dynamoCalls,
                    () -> check(api.handle(BenchAws.get("/articles"), null)));
            row("GET /articles?section=sport&limit=5", s3Calls, dynamoCalls,
                    () -> check(api.handle(BenchAws.get("/articles?section=sport&limit=5"), null)));
            services.articles().countSectionsOnce(); // as RankingsFunction's first run does
            services.rollup().run(Clock.systemUTC().instant().plusSeconds(120));
            row("GET /rankings", s3Calls, dynamoCalls,
                    () -> check(api.handle(BenchAws.get("/rankings"), null)));
            row("GET /rankings?window=24h&limit=100", s3Calls, dynamoCalls,
                    () -> check(api.handle(BenchAws.get("/rankings?window=24h&limit=100"), null)));
            row("GET /sections (26 articles)", s3Calls, dynamoCalls,
                    () -> check(api.handle(BenchAws.get("/sections"), null)));
            aws.s3.deleteObject(b -> b.bucket(BenchAws.BUCKET).key(BenchAws.SAMPLE_KEY));
            long removal = seq++;
            row("ingest: the object deleted", s3Calls, dynamoCalls, () ->
                    ingest.handle(BenchAws.removeEvent(BenchAws.SAMPLE_KEY, BenchAws.sequencer(removal)), null));
            s3.close();
            dynamo.close();
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
    }

    private static Object check(HttpApiResponse response) {
        if (response.statusCode() != 200) throw new IllegalStateException("status " + response.statusCode());
        return response;
    }

    private static void row(String what, RequestCounter s3, RequestCounter dynamo, Runnable request) {
        s3.reset();
        dynamo.reset();
        quietly(request);
        System.out.printf("| %s | %s | %s | %d |%n", what, describe(s3.byOperation()), describe(dynamo.byOperation()),
                s3.total() + dynamo.total());
    }

    /** Runs {@code work} without the handlers' log lines. */
    private static void quietly(Runnable work) {
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            work.run();
        } finally {
            System.setOut(out);
        }
    }

    private static String describe(Map<String, Long> calls) {
        if (calls.isEmpty()) return "0";
        long total = calls.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder().append(total).append(" (");
        calls.forEach((op, n) -> out.append(n > 1 ? n + " " : "").append(op).append(", "));
        out.setLength(out.length() - 2);
        return out.append(')').toString();
    }
}
