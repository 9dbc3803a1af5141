package dev.newsdesk.functions;

import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.priming.OfflineEndpoint;
import dev.newsdesk.priming.Samples;
import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * The services priming runs the functions on: the clients the functions build ({@link AwsClients}, with the
 * static credentials of a local endpoint), pointed at an {@link OfflineEndpoint} of their own. Whatever priming
 * does cannot reach the real table or bucket.
 *
 * @param samples the objects the offline S3 serves, by file name
 */
record OfflineServices(Services services, OfflineEndpoint endpoint, Map<String, byte[]> samples)
        implements AutoCloseable {

    static final String BUCKET = "priming";

    /** Serving the bundled samples. */
    static OfflineServices start() {
        return serving(Samples.all());
    }

    static OfflineServices serving(Map<String, byte[]> samples) {
        OfflineEndpoint endpoint = OfflineEndpoint.serving(samples);
        URI uri = endpoint.uri();
        Settings settings = Settings.local("priming", BUCKET, uri, uri);
        Services services = Services.with(settings, Clock.systemUTC(), AwsClients.s3(settings),
                AwsClients.dynamoDb(settings));
        return new OfflineServices(services, endpoint, samples);
    }

    /** The key a sample is uploaded under. */
    static String key(String sample) {
        return "priming/" + sample;
    }

    /** The slug the text sample was published under, once {@link IngestFunction#publishSamples} ran. */
    String textSampleSlug() {
        return services.uploads().find(BUCKET, key("sample.txt")).map(status -> status.slug())
                .orElse("no-such-article");
    }

    @Override
    public void close() {
        services.s3().close();
        services.dynamo().close();
        endpoint.close();
    }
}
