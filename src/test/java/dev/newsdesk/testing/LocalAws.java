package dev.newsdesk.testing;

import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.store.Table;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JUnit extension: real S3 and DynamoDB protocol servers for the whole test run, started once (S3Proxy in
 * process with an in-memory store, dynalite as a child process in memory, both on free loopback ports).
 * Each test class that asks for a {@link LocalAws.Env} gets its own fresh bucket and table, so classes never see
 * each other's data.
 */
public final class LocalAws implements ParameterResolver {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** What a test gets: settings pointing at its own bucket and table, and clients for them. */
    public record Env(Settings settings, S3Client s3, DynamoDbClient dynamo) {
        public String bucket() {
            return settings.bucketName();
        }

        public String table() {
            return settings.tableName();
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
                .getOrComputeIfAbsent(Servers.class, k -> Servers.start(), Servers.class);
    }

    private static Env newEnv(Servers servers) {
        int n = NEXT.incrementAndGet();
        Settings settings = Settings.local("test-table-" + n, "test-bucket-" + n, servers.s3Endpoint,
                servers.dynamo.endpoint());
        S3Client s3 = AwsClients.s3(settings);
        DynamoDbClient dynamo = AwsClients.dynamoDb(settings);
        s3.createBucket(b -> b.bucket(settings.bucketName()));
        Table.ensureExists(dynamo, settings.tableName());
        return new Env(settings, s3, dynamo);
    }

    /** The two servers; closed by JUnit when the run ends. */
    static final class Servers implements ExtensionContext.Store.CloseableResource {
        final S3Proxy s3Proxy;
        final URI s3Endpoint;
        final DynaliteServer dynamo;

        private Servers(S3Proxy s3Proxy, URI s3Endpoint, DynaliteServer dynamo) {
            this.s3Proxy = s3Proxy;
            this.s3Endpoint = s3Endpoint;
            this.dynamo = dynamo;
        }

        static Servers start() {
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
                Path log = Files.createDirectories(Path.of("target")).resolve("dynalite-test.log");
                DynaliteServer dynamo = DynaliteServer.start(Path.of("").toAbsolutePath(), 0, Optional.empty(), log);
                return new Servers(proxy, s3Endpoint, dynamo);
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
