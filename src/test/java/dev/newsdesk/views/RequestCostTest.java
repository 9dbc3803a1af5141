package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import java.time.Duration;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.RequestCounter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What each read costs in DynamoDB requests, counted at the SDK (docs/data-model.md lists the same). */
@ExtendWith(LocalAws.class)
class RequestCostTest {

    @Test
    void aRankingReadCostsTwoRequestsHoweverManyArticlesThereAre(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        Pipeline pipeline = countingPipeline(env, counter);
        publishAndRead(pipeline, 0, 3);
        pipeline.rollup();
        counter.reset();
        assertEquals(200, pipeline.get("/rankings?window=24h").statusCode());
        Map<String, Long> few = counter.byOperation();

        publishAndRead(pipeline, 3, 40);
        pipeline.rollup();
        counter.reset();
        assertEquals(40, pipeline.getJson("/rankings?window=24h&limit=100").get("articles").size());
        Map<String, Long> many = counter.byOperation();

        assertEquals(Map.of("GetItem", 1L, "BatchGetItem", 1L), few);
        assertEquals(few, many);
    }

    @Test
    void countingAViewWritesOnceAndReadsOneKeyForTheCount(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        Pipeline pipeline = publishedAndCounted(env, counter, 1);
        assertEquals(200, pipeline.get("/articles/sujet-numero-0").statusCode());
        assertEquals(Map.of("GetItem", 1L, "UpdateItem", 1L, "BatchGetItem", 1L), counter.byOperation());
        assertEquals(1, counter.eventualBatchKeys(), "the article's total, one key");
        assertEquals(0, counter.consistentBatchKeys());
    }

    @Test
    void aListPageReadsItsArticlesViewsEventuallyConsistentAtHalfTheCost(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        assertEquals(200, publishedAndCounted(env, counter, 3).get("/articles?limit=3").statusCode());

        assertEquals(3, counter.eventualBatchKeys(), "one total per listed article");
        assertEquals(0, counter.consistentBatchKeys());
    }

    @Test
    void aHotArticleIsReadFromTheInstanceCacheButEveryViewIsWritten(LocalAws.Env env) {
        RequestCounter counter = new RequestCounter();
        Settings hot = env.settings().withHotReadCache(Duration.ofMinutes(1));
        Pipeline pipeline = new Pipeline(env, Services.with(hot, Clock.systemUTC(), AwsClients.s3(hot),
                countingDynamo(env, counter)));
        publishAndRead(pipeline, 0, 1);
        counter.reset();

        long views = pipeline.getJson("/articles/sujet-numero-0").get("views").asLong();

        assertEquals(Map.of("UpdateItem", 1L), counter.byOperation(), "the view-log write, nothing read again");
        assertEquals(2, views, "this instance's own views are never missed");
    }

    /** A pipeline whose DynamoDB calls {@code counter} counts, {@code articles} published and read, counts reset. */
    private static Pipeline publishedAndCounted(LocalAws.Env env, RequestCounter counter, int articles) {
        Pipeline pipeline = countingPipeline(env, counter);
        publishAndRead(pipeline, 0, articles);
        counter.reset();
        return pipeline;
    }

    private static Pipeline countingPipeline(LocalAws.Env env, RequestCounter counter) {
        return new Pipeline(env, Services.with(env.settings(), Clock.systemUTC(), AwsClients.s3(env.settings()),
                countingDynamo(env, counter)));
    }

    private static DynamoDbClient countingDynamo(LocalAws.Env env, RequestCounter counter) {
        return env.dynamoWith(c -> c.addExecutionInterceptor(counter));
    }

    private static void publishAndRead(Pipeline pipeline, int from, int to) {
        for (int i = from; i < to; i++) {
            pipeline.upload("s/" + i + ".txt", (i % 2 == 0 ? "Sport" : "Culture") + "\n\nSujet numéro " + i
                    + "\n\nUn paragraphe de texte pour le sujet " + i + ", avec des mots en nombre suffisant.");
            pipeline.get("/articles/sujet-numero-" + i);
        }
    }
}
