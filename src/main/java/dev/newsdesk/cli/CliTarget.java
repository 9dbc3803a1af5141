package dev.newsdesk.cli;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.local.LocalOptions;
import dev.newsdesk.local.LocalPorts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where an operations command ({@code status}, {@code reprocess}) points: the one-machine mode by default (on the
 * ports it was started with, as it recorded them under its data folder; else those of docs/local-mode.md), or AWS with {@code --aws} or when {@code TABLE_NAME} is set. On AWS the table, bucket
 * and region come from the flags or from {@code TABLE_NAME}, {@code BUCKET_NAME}, {@code AWS_REGION}, and the
 * credentials from the SDK's default chain (profile, SSO, environment, instance role): the CLI never ships in
 * the Lambda package, so its slower discovery costs nothing there.
 *
 * @param localData the one-machine mode's data folder (what it records there: its ports, the events waiting for
 *                  redelivery); empty on AWS
 * @param rest      the arguments that are not about the target, for the command itself
 */
record CliTarget(boolean aws, String table, String bucket, String region, Optional<URI> s3Endpoint,
                 Optional<URI> dynamoDbEndpoint, long maxUploadBytes, Optional<Path> localData, List<String> rest) {

    private static final URI LOCAL_S3 = URI.create("http://127.0.0.1:" + LocalOptions.S3_PORT);
    private static final URI LOCAL_DYNAMODB = URI.create("http://127.0.0.1:" + LocalOptions.DYNAMODB_PORT);

    static final String USAGE = """
            target: the one-machine mode (on the ports `./newsdesk local` recorded in its data folder, else S3
                    http://127.0.0.1:4566 and DynamoDB http://127.0.0.1:4567; table newsdesk, bucket
                    newsdesk-articles) unless --aws is given or TABLE_NAME is set; then AWS, with the default
                    credentials chain.
              --aws | --local           pick the target
              --data DIR                the one-machine mode's data folder (env NEWSDESK_DATA, default ./.newsdesk)
              --table NAME              (env TABLE_NAME)
              --bucket NAME             (env BUCKET_NAME)
              --region REGION           (env AWS_REGION, AWS_DEFAULT_REGION)
              --endpoint-url URL        one endpoint for both S3 and DynamoDB (an AWS-compatible server)
              --s3-endpoint URL, --dynamodb-endpoint URL
            (env MAX_UPLOAD_BYTES: the size limit reprocess applies, as template.yaml sets it; default 10 MiB)
            """;

    /** Takes the target's flags out of {@code args}; the others stay in {@link #rest()}, in order. */
    static CliTarget parse(List<String> args, Map<String, String> env) {
        Boolean aws = null;
        String table = null;
        String bucket = null;
        String region = null;
        URI s3 = null;
        URI dynamo = null;
        String data = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--aws" -> aws = true;
                case "--local" -> aws = false;
                case "--table" -> table = value(args, ++i, arg);
                case "--bucket" -> bucket = value(args, ++i, arg);
                case "--region" -> region = value(args, ++i, arg);
                case "--endpoint-url" -> s3 = dynamo = uri(value(args, ++i, arg), arg);
                case "--s3-endpoint" -> s3 = uri(value(args, ++i, arg), arg);
                case "--dynamodb-endpoint" -> dynamo = uri(value(args, ++i, arg), arg);
                case "--data" -> data = value(args, ++i, arg);
                default -> rest.add(arg);
            }
        }
        boolean onAws = aws != null ? aws : notBlank(env.get(Settings.TABLE_NAME));
        long maxUploadBytes = Settings.maxUploadBytes(env);
        if (!onAws) {
            Path dataDir = Path.of(or(data, or(env.get("NEWSDESK_DATA"), ".newsdesk"))).toAbsolutePath().normalize();
            Optional<LocalPorts> ports = recordedPorts(dataDir);
            return new CliTarget(false, or(table, LocalOptions.TABLE), or(bucket, LocalOptions.BUCKET), or(region, "us-east-1"),
                    Optional.of(s3 != null ? s3 : ports.map(LocalPorts::s3Endpoint).orElse(LOCAL_S3)),
                    Optional.of(dynamo != null ? dynamo : ports.map(LocalPorts::dynamoDbEndpoint).orElse(LOCAL_DYNAMODB)),
                    maxUploadBytes, Optional.of(dataDir), List.copyOf(rest));
        }
        table = or(table, env.get(Settings.TABLE_NAME));
        if (!notBlank(table)) {
            throw new IllegalArgumentException("on AWS the table is needed: --table NAME or TABLE_NAME "
                    + "(the stack's TableName output)");
        }
        region = or(region, or(env.get(Settings.REGION), env.get("AWS_DEFAULT_REGION")));
        if (!notBlank(region)) {
            throw new IllegalArgumentException("on AWS the region is needed: --region REGION or AWS_REGION");
        }
        return new CliTarget(true, table, or(bucket, env.getOrDefault(Settings.BUCKET_NAME, "")), region,
                Optional.ofNullable(s3), Optional.ofNullable(dynamo), maxUploadBytes, Optional.empty(),
                List.copyOf(rest));
    }

    private static Optional<LocalPorts> recordedPorts(Path dataDir) {
        try {
            return LocalPorts.read(dataDir);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }


    /** The SDK's default chain on AWS; any fixed pair for the one-machine mode's servers, which check none. */
    AwsCredentialsProvider credentials() {
        return aws ? DefaultCredentialsProvider.builder().build()
                : AwsClients.localCredentials();
    }

    /** The composition root on this target, with the same collaborators the functions use. */
    Services services() {
        AwsCredentialsProvider credentials = credentials();
        // The one HTTP client of the package (AwsClients), named so that the SDK does not look for one.
        var s3 = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.of(region))
                .credentialsProvider(credentials);
        s3Endpoint.ifPresent(uri -> s3.endpointOverride(uri).forcePathStyle(true));
        var dynamo = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region)).credentialsProvider(credentials);
        dynamoDbEndpoint.ifPresent(dynamo::endpointOverride);
        Settings settings = new Settings(table, bucket, region, s3Endpoint, dynamoDbEndpoint,
                maxUploadBytes, Settings.DEFAULT_VIEW_LOG_PARTITIONS,
                java.time.Duration.ZERO, java.time.Duration.ZERO, null); // an operations command reads exact values
        return Services.with(settings, Clock.systemUTC(), s3.build(), dynamo.build());
    }

    /** One line for stderr: what the command talks to. */
    String describe() {
        return (aws ? "AWS " + region : "one-machine mode") + ": table " + table
                + (bucket.isEmpty() ? "" : ", bucket " + bucket)
                + dynamoDbEndpoint.map(u -> " at " + u).orElse("");
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static URI uri(String raw, String flag) {
        try {
            URI uri = URI.create(raw);
            if (uri.getScheme() == null || uri.getHost() == null) throw new IllegalArgumentException();
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " needs a URL such as http://127.0.0.1:4567, not " + raw);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String or(String value, String fallback) {
        return notBlank(value) ? value : fallback;
    }
}
