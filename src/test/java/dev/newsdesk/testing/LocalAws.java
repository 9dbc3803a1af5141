package dev.newsdesk.testing;

import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.store.Table;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JUnit extension: real S3 and DynamoDB protocol servers for the whole test run, started once (S3Proxy in
 * process with an in-memory store, dynalite as a child process in memory, both on free loopback ports).
 * Each test class that asks for a {@link LocalAws.Env} gets its own fresh bucket and table, so classes never see
 * each other's data.
 *
 * <p>With {@code -Dnewsdesk.backend=localstack} (set by {@code mvn -Plocalstack}) the same tests run against
 * LocalStack in Docker instead; where no Docker engine answers, every class that uses this extension is reported
 * skipped, with the reason, not failed. The LocalStack code lives in {@code src/localstack/java}, compiled only by
 * that profile, and is reached by reflection so that the default build needs no Testcontainers.
 */
public final class LocalAws implements ExecutionCondition, ParameterResolver {

    /** System property that picks the servers: {@code embedded} (the default) or {@code localstack}. */
    public static final String BACKEND = "newsdesk.backend";

    private static final String LOCALSTACK_SERVERS = "dev.newsdesk.testing.localstack.LocalStackServers";

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** What a test gets: settings pointing at its own bucket and table, and clients for them. */
    public record Env(Settings settings, S3Client s3, DynamoDbClient dynamo) {
        public String bucket() {
            return settings.bucketName();
        }

        public String table() {
            return settings.tableName();
        }

        /** Another client of this run's DynamoDB server, for tests that count or break its requests. */
        public DynamoDbClient dynamoWith(
                java.util.function.Consumer<software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.Builder>
                        override) {
            return DynamoDbClient.builder()
                    .endpointOverride(settings.dynamoDbEndpoint().orElseThrow())
                    .region(software.amazon.awssdk.regions.Region.of(settings.region()))
                    .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))
                    .overrideConfiguration(override)
                    .build();
        }
    }

    /**
     * With LocalStack, starts it before the class runs and skips the class when it cannot run here. The default
     * servers start when a test first asks for an {@link Env}, and a failure to start them fails the test.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"localstack".equals(System.getProperty(BACKEND))) {
            return ConditionEvaluationResult.enabled("embedded servers");
        }
        try {
            servers(context);
            return ConditionEvaluationResult.enabled("LocalStack is running");
        } catch (TestAbortedException cannotRunHere) {
            return ConditionEvaluationResult.disabled(cannotRunHere.getMessage());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Env.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store classStore = context.getStore(ExtensionContext.Namespace.create(LocalAws.class,
                context.getRequiredTestClass()));
        return classStore.getOrComputeIfAbsent("env", k -> newEnv(servers(context)), Env.class);
    }

    private static Servers servers(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Servers.class, k -> startServers(), Servers.class);
    }

    private static Servers startServers() {
        String backend = System.getProperty(BACKEND, "embedded");
        return switch (backend) {
            case "embedded" -> EmbeddedServers.start();
            case "localstack" -> startLocalStack();
            default -> throw new IllegalStateException(BACKEND + "=" + backend + ": expected embedded or localstack");
        };
    }

    /** LocalStackServers.start(), which aborts (skips) when no Docker engine is reachable. */
    private static Servers startLocalStack() {
        try {
            return (Servers) Class.forName(LOCALSTACK_SERVERS).getMethod("start").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(BACKEND + "=localstack needs the Maven profile: mvn -Plocalstack test", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked; // TestAbortedException included: the class is skipped, not failed
            }
            throw new IllegalStateException("could not start LocalStack", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not start LocalStack", e);
        }
    }

    private static Env newEnv(Servers servers) {
        int n = NEXT.incrementAndGet();
        Settings settings = Settings.local("test-table-" + n, "test-bucket-" + n, servers.s3Endpoint(),
                servers.dynamoDbEndpoint());
        S3Client s3 = AwsClients.s3(settings);
        DynamoDbClient dynamo = AwsClients.dynamoDb(settings);
        s3.createBucket(b -> b.bucket(settings.bucketName()));
        Table.ensureExists(dynamo, settings.tableName());
        return new Env(settings, s3, dynamo);
    }

    /** An S3 and a DynamoDB endpoint for the whole run; closed by JUnit when the run ends. */
    public interface Servers extends ExtensionContext.Store.CloseableResource {
        URI s3Endpoint();

        URI dynamoDbEndpoint();
    }

    /** The default: S3Proxy in process (in memory) and dynalite as a child process (in memory); benches use it too. */
    public static final class EmbeddedServers implements Servers {
        final S3Proxy s3Proxy;
        final URI s3Endpoint;
        final DynaliteServer dynamo;

        private EmbeddedServers(S3Proxy s3Proxy, URI s3Endpoint, DynaliteServer dynamo) {
            this.s3Proxy = s3Proxy;
            this.s3Endpoint = s3Endpoint;
            this.dynamo = dynamo;
        }

        @Override
        public URI s3Endpoint() {
            return s3Endpoint;
        }

        @Override
        public URI dynamoDbEndpoint() {
            return dynamo.endpoint();
        }

        static EmbeddedServers start() {
            return start(Path.of("").toAbsolutePath(), "dynalite-test.log");
        }

        /** Both servers on free loopback ports; dynalite from {@code home}'s node_modules, its log in target/. */
        public static EmbeddedServers start(Path home, String logName) {
            try {
                URI s3Endpoint = URI.create("http://127.0.0.1:" + DynaliteServer.freePort());
                S3Proxy proxy = S3Proxy.builder()
                        .blobStore(new TransientNio2BlobStore())
                        .endpoint(s3Endpoint)
                        .awsAuthentication(AuthenticationType.NONE, null, null)
                        .build();
                proxy.start();
                while (!"STARTED".equals(proxy.getState())) {
                    Thread.sleep(5);
                }
                Path log = Files.createDirectories(Path.of("target")).resolve(logName);
                DynaliteServer dynamo = DynaliteServer.start(home, 0, Optional.empty(), log);
                return new EmbeddedServers(proxy, s3Endpoint, dynamo);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the local S3 and DynamoDB servers", e);
            }
        }

        @Override
        public void close() throws Exception {
            dynamo.close();
            s3Proxy.stop();
        }
    }
}
