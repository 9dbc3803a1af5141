package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.store.ArticleReplicas;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * A hot story's reads go to its read replicas, which the rollup rewrites each run from the article item; a cold
 * story's go to its item and total, as before. On dynalite, through the API, the instance cache off (every read
 * reaches the table). A minute of heavy traffic is written into the view log as one item (as thousands of views'
 * {@code ADD}s would leave it), so that the rollup sees the rate.
 */
@ExtendWith(LocalAws.class)
class ReadReplicasTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    /** A minute's views of the hot story: 10,000 a second, well past one key's share. */
    private static final long HOT_VIEWS = 600_000;

    @Test
    void aHotStorysReadsSpreadOverItsReplicasWhileAColdStoryReadsItsItem(LocalAws.Env env) {
        ReadKeys keys = new ReadKeys(env);
        MovableClock clock = new MovableClock(START);
        Pipeline pipeline = pipeline(env, clock, keys);
        publish(pipeline, "hot.txt", "Hot story", "First version of the text.");
        publish(pipeline, "calm.txt", "Calm story", "Nobody reads this one much.");
        pipeline.rollup();
        viewed(env, "hot-story", "Hot story", START.plusSeconds(60), HOT_VIEWS);
        viewed(env, "calm-story", "Calm story", START.plusSeconds(60), 60);
        clock.set(START.plus(Duration.ofMinutes(3)));
        pipeline.rollup();

        ViewCounter views = pipeline.services().views();
        int copies = views.stored().read(List.of("hot-story"), true).get("hot-story").replicas();
        assertTrue(copies >= 2, "the hot story has replicas: " + copies);
        assertEquals(0, views.stored().read(List.of("calm-story"), true).get("calm-story").replicas());

        assertEquals(200, pipeline.get("/articles/hot-story").statusCode()); // learns the count from the total
        keys.read.clear();
        for (int i = 0; i < 20 * copies; i++) assertEquals(200, pipeline.get("/articles/hot-story").statusCode());
        Map<String, Integer> perKey = keys.counts();
        assertEquals(copies, perKey.size(), "every replica is read, nothing else: " + perKey);
        perKey.forEach((key, n) -> assertTrue(key.startsWith("REPLICA#hot-story#") && n >= 10, perKey.toString()));

        keys.read.clear();
        for (int i = 0; i < 5; i++) assertEquals(200, pipeline.get("/articles/calm-story").statusCode());
        assertEquals(Map.of("ARTICLE#calm-story", 5, "TOTAL#calm-story", 5), keys.counts(), "its item and total");
    }

    @Test
    void anEditReachesReadersWithTheNextRunOrOnceTheCopiesAreOlderThanTheBound(LocalAws.Env env) {
        MovableClock clock = new MovableClock(START);
        Pipeline pipeline = withHotStory(env, clock);
        assertTrue(body(pipeline).contains("First version"));

        publish(pipeline, "hot.txt", "Hot story", "Second version, corrected.");
        assertTrue(body(pipeline).contains("First version"), "the replicas hold the last run's copy");
        nextRun(env, clock, pipeline);
        assertTrue(body(pipeline).contains("Second version"), "the next run copied the edit");

        publish(pipeline, "hot.txt", "Hot story", "Third version, no run after it.");
        clock.advance(ReadReplicas.MAX_AGE); // no run since: the copies are as old as the bound
        assertTrue(body(pipeline).contains("Second version"), "within the bound");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(body(pipeline).contains("Third version"), "past it, read from the item");
    }

    @Test
    void aDeletionReachesReadersAtOnce(LocalAws.Env env) {
        MovableClock clock = new MovableClock(START);
        Pipeline pipeline = withHotStory(env, clock);
        assertEquals(200, pipeline.get("/articles/hot-story").statusCode());

        pipeline.delete("hot.txt");
        assertEquals(404, pipeline.get("/articles/hot-story").statusCode(), "the copies are tombstones already");
        nextRun(env, clock, pipeline);
        assertEquals(404, pipeline.get("/articles/hot-story").statusCode(), "the run copies the tombstone");
    }

    @Test
    void copiesFollowTheRateAndTheItemsSize() {
        assertEquals(0, ReadReplicas.copiesFor(1_000, 2_000), "one key takes 1,000 small reads a second");
        assertEquals(0, ReadReplicas.copiesFor(1_500, 2_000));
        assertEquals(2, ReadReplicas.copiesFor(1_501, 2_000));
        assertEquals(14, ReadReplicas.copiesFor(13_500, 10 * 1024), "a 10 KB read is 1.5 units");
        assertEquals(2, ReadReplicas.copiesFor(31, 400 * 1024), "a 400 KB read is 50 units");
        assertEquals(ArticleReplicas.MAX_COPIES, ReadReplicas.copiesFor(1_000_000, 10 * 1024));
        assertTrue(ReadReplicas.isCandidate(31) && !ReadReplicas.isCandidate(30));
    }

    /** A pipeline whose story "hot-story" has read replicas: published, read 10,000 times a second, folded at 10:03. */
    private static Pipeline withHotStory(LocalAws.Env env, MovableClock clock) {
        Pipeline pipeline = pipeline(env, clock, new ReadKeys(env));
        publish(pipeline, "hot.txt", "Hot story", "First version of the text.");
        pipeline.rollup();
        viewed(env, "hot-story", "Hot story", START.plusSeconds(60), HOT_VIEWS);
        clock.set(START.plus(Duration.ofMinutes(3)));
        pipeline.rollup();
        return pipeline;
    }

    /** The rollup's run at 10:04, the hot story still read as fast in the minute it folds. */
    private static void nextRun(LocalAws.Env env, MovableClock clock, Pipeline pipeline) {
        viewed(env, "hot-story", "Hot story", START.plus(Duration.ofMinutes(2)), HOT_VIEWS);
        clock.set(START.plus(Duration.ofMinutes(4)));
        pipeline.rollup();
    }

    private static Pipeline pipeline(LocalAws.Env env, MovableClock clock, ReadKeys keys) {
        return new Pipeline(env, Services.with(env.settings(), clock, AwsClients.s3(env.settings()),
                env.dynamoWith(c -> c.addExecutionInterceptor(keys))));
    }

    private static void publish(Pipeline pipeline, String key, String title, String text) {
        pipeline.upload(key, "Sport\n\n" + title + "\n\n" + text + " A paragraph with enough words to be a story.");
    }

    private static String body(Pipeline pipeline) {
        return pipeline.getJson("/articles/hot-story").get("body").asText();
    }

    /** A minute of {@code views} views of one story in the view log, as their ADDs leave it. */
    private static void viewed(LocalAws.Env env, String slug, String title, Instant minute, long views) {
        String pk = ViewLog.partitionKey(slug, 0, env.settings().viewLogPartitions());
        env.dynamo().putItem(b -> b.tableName(env.table()).item(Map.of(
                "pk", Attr.s(pk), "sk", Attr.s(Keys.viewedSortKey(ViewLog.MINUTE.format(minute), slug)),
                "views", Attr.n(views), "title", Attr.s(title), "section", Attr.s("Sport"))));
    }

    /** The partition keys of this test's table that GetItem and BatchGetItem read. */
    private static final class ReadKeys implements ExecutionInterceptor {
        private final String table;
        final List<String> read = new CopyOnWriteArrayList<>();

        ReadKeys(LocalAws.Env env) {
            this.table = env.table();
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof GetItemRequest get && get.tableName().equals(table)) {
                read.add(get.key().get("pk").s());
            } else if (context.request() instanceof BatchGetItemRequest batch && batch.requestItems().containsKey(table)) {
                batch.requestItems().get(table).keys().forEach(key -> read.add(key.get("pk").s()));
            }
        }

        Map<String, Integer> counts() {
            Map<String, Integer> counts = new TreeMap<>();
            read.forEach(key -> counts.merge(key, 1, Integer::sum));
            return counts;
        }
    }
}
