package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.SectionCount;
import dev.newsdesk.store.Table;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.FaultInjector;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The store goes away right after (or right before) one write of an ingest or a deletion, on S3Proxy and dynalite;
 * the retry of the same event, and a duplicate delivery after it, finish the job: the article, its lists and its
 * section's count end as if nothing had failed, nothing counted twice.
 */
@ExtendWith(LocalAws.class)
class RetryAfterEachWriteTest {

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String BODY = "\n\nThe council voted on Tuesday to fund the repair of the two river bridges, a"
            + " project residents have asked for since the floods of last spring. Work starts in March, and the"
            + " engineers expect the bridges to reopen before the end of the year.";

    /** Where the fault strikes: the request it matches, and whether the store applied it first. */
    enum Step {
        ARTICLE_WRITTEN_ANSWER_LOST(r -> r instanceof PutItemRequest p && pk(p.item()).startsWith("ARTICLE#"), true),
        ARTICLE_TAKEN_DOWN_ANSWER_LOST(r -> r instanceof UpdateItemRequest u && pk(u.key()).startsWith("ARTICLE#")
                || r instanceof PutItemRequest p && pk(p.item()).startsWith("ARTICLE#") && p.item().containsKey("deleted"),
                true),
        COUNT_NOT_SENT(RetryAfterEachWriteTest::isCount, false),
        COUNT_APPLIED_ANSWER_LOST(RetryAfterEachWriteTest::isCount, true),
        LISTS_NOT_SENT(RetryAfterEachWriteTest::isListing, false),
        LISTS_APPLIED_ANSWER_LOST(RetryAfterEachWriteTest::isListing, true),
        STATUS_NOT_SENT(r -> r instanceof PutItemRequest p && pk(p.item()).startsWith("UPLOAD#"), false);

        final Predicate<SdkRequest> request;
        final boolean applied;

        Step(Predicate<SdkRequest> request, boolean applied) {
            this.request = request;
            this.applied = applied;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = "ARTICLE_TAKEN_DOWN_ANSWER_LOST", mode = EnumSource.Mode.EXCLUDE)
    void aReUploadMovedToAnotherSectionIsFinishedByItsRetry(Step step, LocalAws.Env env) {
        FaultInjector faults = new FaultInjector();
        Pipeline pipeline = pipeline(env, faults);
        int n = CASES.incrementAndGet();
        String key = "retry/moved-" + n + ".txt";
        String from = "Before" + n;
        String to = "After" + n;
        pipeline.upload(key, from + "\n\nBridges to be repaired, case " + n + BODY);
        String slug = status(pipeline, env, key).slug();
        S3Event moved = put(env, key, to + "\n\nBridges to be repaired, case " + n + BODY);

        failThenRetry(pipeline, faults, step, moved);

        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env, key).state());
        assertEquals(slug, status(pipeline, env, key).slug(), "the same article, not a second one");
        assertEquals(to, pipeline.getJson("/articles/" + slug).get("section").asText());
        assertEquals(0, count(pipeline, from), "the section it left counts it no more");
        assertEquals(1, count(pipeline, to), "the section it joined counts it once");
        assertEquals(0, entries(env, Keys.listing(Keys.facetSection(from)), slug), "left its old section's list");
        assertEquals(1, entries(env, Keys.listing(Keys.facetSection(to)), slug));
        assertEquals(1, entries(env, Keys.listing(Keys.facetAll()), slug), "one entry in the list of all");
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = "ARTICLE_TAKEN_DOWN_ANSWER_LOST", mode = EnumSource.Mode.EXCLUDE)
    void aNewArticleIsFinishedByItsRetry(Step step, LocalAws.Env env) {
        FaultInjector faults = new FaultInjector();
        Pipeline pipeline = pipeline(env, faults);
        int n = CASES.incrementAndGet();
        String key = "retry/new-" + n + ".txt";
        String section = "Fresh" + n;
        S3Event created = put(env, key, section + "\n\nA new bridge opens, case " + n + BODY);

        failThenRetry(pipeline, faults, step, created);

        String slug = status(pipeline, env, key).slug();
        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env, key).state());
        assertEquals(1, count(pipeline, section), "counted once");
        assertEquals(1, entries(env, Keys.listing(Keys.facetSection(section)), null), "listed once: " + slug);
        assertEquals(1, entries(env, Keys.listing(Keys.facetAll()), slug));
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"ARTICLE_TAKEN_DOWN_ANSWER_LOST", "COUNT_NOT_SENT",
            "COUNT_APPLIED_ANSWER_LOST", "LISTS_NOT_SENT", "LISTS_APPLIED_ANSWER_LOST", "STATUS_NOT_SENT"})
    void aDeletionIsFinishedByItsRetry(Step step, LocalAws.Env env) {
        FaultInjector faults = new FaultInjector();
        Pipeline pipeline = pipeline(env, faults);
        int n = CASES.incrementAndGet();
        String key = "retry/gone-" + n + ".txt";
        String section = "Gone" + n;
        pipeline.upload(key, section + "\n\nA bridge closes, case " + n + BODY);
        pipeline.upload("retry/stays-" + n + ".txt", section + "\n\nAnother bridge stays open, case " + n + BODY);
        String slug = status(pipeline, env, key).slug();
        env.s3().deleteObject(b -> b.bucket(env.bucket()).key(key));
        S3Event removed = S3Events.event(S3Events.removed(env.bucket(), key, S3Events.nextSequencer()));

        failThenRetry(pipeline, faults, step, removed);

        assertEquals(UploadStatus.State.DELETED, status(pipeline, env, key).state());
        assertEquals(404, pipeline.get("/articles/" + slug).statusCode());
        assertEquals(1, count(pipeline, section), "the other article, and the deleted one no more");
        assertEquals(0, entries(env, Keys.listing(Keys.facetSection(section)), slug), "out of its section's list");
        assertEquals(0, entries(env, Keys.listing(Keys.facetAll()), slug), "out of the list of all");
    }

    @Test
    void anIngestThatGoesThroughLeavesNoTokenInTheCounts(LocalAws.Env env) {
        Pipeline pipeline = pipeline(env, new FaultInjector());
        int n = CASES.incrementAndGet();
        pipeline.upload("retry/token-" + n + ".txt", "Tokens" + n + "\n\nA bridge is painted, case " + n + BODY);
        pipeline.upload("retry/token-" + n + ".txt", "Painted" + n + "\n\nA bridge is painted, case " + n + BODY);
        pipeline.delete("retry/token-" + n + ".txt");
        List<Map<String, AttributeValue>> counts = env.dynamo().query(b -> b.tableName(env.table())
                .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.sections())))).items();
        assertTrue(counts.stream().noneMatch(item -> item.containsKey("moves") && !item.get("moves").ss().isEmpty()),
                counts.toString());
    }

    /** A pipeline whose DynamoDB client fails as {@code faults} says, on a table whose section counts are kept. */
    private static Pipeline pipeline(LocalAws.Env env, FaultInjector faults) {
        Pipeline pipeline = new Pipeline(env, Services.with(env.settings(), Clock.systemUTC(),
                AwsClients.s3(env.settings()),
                env.dynamoWith(c -> c.addExecutionInterceptor(faults).retryStrategy(r -> r.maxAttempts(1)))));
        pipeline.services().articles().countSectionsOnce(); // as the rollup's first run: counts, not the lists, answer
        return pipeline;
    }

    /**
     * Delivers {@code event} with the store failing at {@code step}, then again (Lambda's retry) and once more (a
     * duplicate delivery).
     */
    private static void failThenRetry(Pipeline pipeline, FaultInjector faults, Step step, S3Event event) {
        if (step.applied) faults.failAfter(step.request);
        else faults.failBefore(step.request);
        assertThrows(RuntimeException.class, () -> pipeline.ingestFunction().handle(event, null));
        assertFalse(faults.armed(), "the fault struck");
        pipeline.ingestFunction().handle(event, null);
        pipeline.ingestFunction().handle(event, null);
    }

    private static boolean isCount(SdkRequest request) {
        return request instanceof UpdateItemRequest u && pk(u.key()).equals(Keys.sections())
                && u.updateExpression().startsWith("ADD");
    }

    private static boolean isListing(SdkRequest request) {
        return request instanceof BatchWriteItemRequest batch && batch.requestItems().values().stream()
                .flatMap(List::stream).anyMatch(w -> pk(keyOf(w)).startsWith("LIST#"));
    }

    private static Map<String, AttributeValue> keyOf(WriteRequest write) {
        return write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key();
    }

    private static String pk(Map<String, AttributeValue> item) {
        String pk = Attr.string(item, Table.PK);
        return pk == null ? "" : pk;
    }

    private static UploadStatus status(Pipeline pipeline, LocalAws.Env env, String key) {
        return pipeline.services().uploads().find(env.bucket(), key).orElseThrow();
    }

    /** Writes the object and returns its ObjectCreated event, not delivered yet. */
    private static S3Event put(LocalAws.Env env, String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
        return S3Events.event(S3Events.created(env.bucket(), key, bytes.length, etag, S3Events.nextSequencer()));
    }

    private static long count(Pipeline pipeline, String section) {
        return pipeline.services().articles().sections().stream().filter(s -> s.name().equals(section))
                .mapToLong(SectionCount::articles).sum();
    }

    /** The entries of one list for {@code slug} (null: any). */
    private static long entries(LocalAws.Env env, String partition, String slug) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(partition)))).items().stream()
                .filter(item -> slug == null || slug.equals(Attr.string(item, "slug"))).count();
    }
}
