package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.RequestCounter;
import dev.newsdesk.testing.S3Events;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The requests an ingest waits for in turn: the object is read while its status is, and a re-upload takes its
 * pending entry out in the request that takes out the replaced status's entries.
 */
@ExtendWith(LocalAws.class)
class IngestRoundTripsTest {

    private static final String KEY = "monde/geneve.txt";
    private static final String TEXT = "Monde\n\nUn sommet s'ouvre à Genève\n\n"
            + "Les délégations de quarante pays se retrouvent pour trois jours de négociations difficiles.";

    @Test
    void aChangedReUploadSettlesItsPendingEntryWithTheOldStatusEntries(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        Pipeline pipeline = new Pipeline(env, Services.with(env.settings(), Clock.systemUTC(),
                AwsClients.s3(env.settings()), env.dynamoWith(c -> c.addExecutionInterceptor(counter))));
        pipeline.upload(KEY, TEXT);
        counter.reset();

        pipeline.upload(KEY, TEXT.replace("trois jours", "quatre jours"));

        // The pending entry in; the new status entries; the lists; the old status entries and the pending one out.
        assertEquals(4L, counter.byOperation().get("BatchWriteItem"), counter.byOperation().toString());
        assertEquals(0, entries(env, Keys.uploadsPending()), "nothing left pending");
        assertEquals(1, entries(env, Keys.uploads()), "one entry for the one status");
    }

    @Test
    void theObjectIsReadWhileItsStatusIsRead(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        CountDownLatch objectAsked = new CountDownLatch(1);
        AtomicBoolean statusReadWaited = new AtomicBoolean();
        AtomicBoolean objectAskedMeanwhile = new AtomicBoolean();
        // The status read waits until the object is asked for: an ingest that read them one after the other would
        // wait here in vain.
        var dynamo = env.dynamoWith(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof GetItemRequest && statusReadWaited.compareAndSet(false, true)) {
                    objectAskedMeanwhile.set(signalled(objectAsked));
                }
            }
        }));
        S3Client s3 = signalling(pipeline.services().s3(), objectAsked);
        Services services = Services.with(env.settings(), Clock.systemUTC(), s3, dynamo);
        Ingestor ingestor = new Ingestor(s3, new ArticleParser()::parse, services.articles(), services.uploads(),
                env.settings().maxUploadBytes(), Clock.systemUTC());
        env.s3().putObject(b -> b.bucket(env.bucket()).key(KEY), RequestBody.fromString(TEXT));

        IngestOutcome outcome = ingestor.created(new ObjectEvent(ObjectEvent.Kind.CREATED, env.bucket(), KEY,
                TEXT.length(), "etag", null, Sequencer.of(S3Events.nextSequencer())));

        assertEquals(IngestOutcome.Result.PUBLISHED, outcome.result(), outcome.toString());
        assertTrue(statusReadWaited.get());
        assertTrue(objectAskedMeanwhile.get(), "the object was asked for before the status came back");
    }

    /** {@code s3}, counting {@code asked} down when GetObject is called (before it is sent). */
    private static S3Client signalling(S3Client s3, CountDownLatch asked) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[]{S3Client.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getObject")) asked.countDown();
                    try {
                        return method.invoke(s3, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Whether {@code latch} is counted down, waiting long enough to tell "never" from "late" on a busy machine. */
    private static boolean signalled(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long entries(LocalAws.Env env, String partition) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attr.s(partition)))).items().stream()
                .filter(item -> KEY.equals(Attr.string(item, "key"))).count();
    }
}
