package dev.newsdesk.testing.localstack;

import dev.newsdesk.testing.LocalAws;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.utility.DockerImageName;

/**
 * S3 and DynamoDB from one LocalStack container, for {@code mvn -Plocalstack test} where a Docker engine runs.
 * Compiled only by the {@code localstack} profile; {@link LocalAws} finds it by name.
 */
public final class LocalStackServers implements LocalAws.Servers {

    /** Pinned, so that a run today and a run next year test against the same emulator. */
    public static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.14.0");

    private final LocalStackContainer container;

    private LocalStackServers(LocalStackContainer container) {
        this.container = container;
    }

    /** Starts the container, or aborts the calling tests (skipped, not failed) when Docker is not reachable. */
    public static LocalStackServers start() {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine is reachable: the LocalStack tests are skipped (they run where Docker runs)");
        LocalStackContainer container = new LocalStackContainer(IMAGE).withServices(Service.S3, Service.DYNAMODB);
        // Recent LocalStack images may ask for a (free) auth token; pass it through when the developer has one.
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        container.start();
        return new LocalStackServers(container);
    }

    @Override
    public URI s3Endpoint() {
        return container.getEndpointOverride(Service.S3);
    }

    @Override
    public URI dynamoDbEndpoint() {
        return container.getEndpointOverride(Service.DYNAMODB);
    }

    @Override
    public void close() {
        container.stop();
    }
}
