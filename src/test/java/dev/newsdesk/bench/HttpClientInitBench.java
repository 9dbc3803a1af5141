package dev.newsdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What each of the SDK's sync HTTP clients adds to a cold start: a fresh JVM (the Lambda runtime's flags, as
 * {@link InitBench}) builds a DynamoDB client on url-connection, apache5 or CRT and makes one GetItem against
 * dynalite; a hello program on the same JVM and flags is the baseline. Samples interleaved, medians. The class
 * path is the test class path (all three clients on it, named explicitly so the SDK scans for none).
 *
 * <pre>./newsdesk bench httpClientInit [SAMPLES]     (default 7)</pre>
 */
public final class HttpClientInitBench {

    static final List<String> CLIENTS = List.of("hello", "url-connection", "apache5", "crt");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("probe")) {
            probe(args[1], args.length > 2 ? args[2] : null);
            return;
        }
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (BenchAws aws = BenchAws.start()) {
            String endpoint = aws.settings.dynamoDbEndpoint().orElseThrow().toString();
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            for (int i = 0; i < samples + 1; i++) {
                for (String client : CLIENTS) {
                    double ms = launch(client, endpoint);
                    if (i > 0) millis.computeIfAbsent(client, c -> new ArrayList<>()).add(ms); // first: disk cache
                }
            }
            double hello = median(millis.get("hello"));
            System.out.printf("java %s, flags %s + JAVA_TOOL_OPTIONS=\"%s\", %d samples each, interleaved%n%n",
                    System.getProperty("java.version"), InitBench.RUNTIME_FLAGS, InitBench.JAVA_TOOL_OPTIONS, samples);
            System.out.println("| program | process start to one GetItem answered, median ms | ÷ hello |");
            System.out.println("|---|---|---|");
            for (String client : CLIENTS) {
                double m = median(millis.get(client));
                System.out.printf("| %s | %.0f | %.2f |%n", client.equals("hello") ? "hello" : "DynamoDB client on "
                        + client, m, m / hello);
            }
        }
    }

    /** The child: builds the client and makes one call, then prints DONE and halts. */
    static void probe(String client, String endpoint) {
        if (!client.equals("hello")) {
            SdkHttpClient http = switch (client) {
                case "url-connection" -> UrlConnectionHttpClient.create();
                case "apache5" -> Apache5HttpClient.create();
                case "crt" -> AwsCrtHttpClient.create();
                default -> throw new IllegalArgumentException(client);
            };
            try (DynamoDbClient dynamo = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("b", "b")))
                    .endpointOverride(java.net.URI.create(endpoint)).build()) {
                dynamo.getItem(b -> b.tableName(BenchAws.TABLE).key(LoadBench.ARTICLE_KEY));
            }
        }
        System.out.println("DONE");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static double launch(String client, String endpoint) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(InitBench.RUNTIME_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HttpClientInitBench.class.getName(),
                "probe", client, endpoint));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", InitBench.JAVA_TOOL_OPTIONS);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        boolean done = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("DONE")) {
                    done = true;
                    break;
                }
                output.add(line);
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        if (!done) throw new IllegalStateException(client + " failed:\n" + String.join("\n", output));
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
