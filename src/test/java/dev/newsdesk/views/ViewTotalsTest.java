package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.testing.LocalAws;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Each article's count comes from one total the rollup writes, plus the views the answering instance counted
 * since: on dynalite, two instances counting the same articles.
 */
@ExtendWith(LocalAws.class)
class ViewTotalsTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(15);

    @Test
    void eachInstanceSeesItsOwnViewsAtOnceAndEveryonesOnceTheRollupFoldedThem(LocalAws.Env env) {
        ViewCounter first = counter(env);
        ViewCounter second = counter(env);
        RankingRollup rollup = rollup(env, first);
        rollup.run(START);

        assertEquals(1, first.count("a", "A", "Sport", START.plusSeconds(5)));
        assertEquals(2, first.count("a", "A", "Sport", START.plusSeconds(6)));
        assertEquals(1, second.count("a", "A", "Sport", START.plusSeconds(7)), "the other instance's not folded yet");
        assertEquals(1, second.count("b", "B", null, START.plusSeconds(8)));
        assertEquals(Map.of("a", 2L, "b", 0L), first.totals(List.of("a", "b")));

        rollup.run(START.plus(Duration.ofMinutes(2)));              // folds the minute of those views
        assertEquals(Map.of("a", 3L, "b", 1L), first.totals(List.of("a", "b")));
        assertEquals(Map.of("a", 3L, "b", 1L), second.totalsForListing(List.of("a", "b")));
        assertEquals(4, second.count("a", "A", "Sport", START.plus(Duration.ofMinutes(2))), "folded, and its own");
        assertEquals(3, first.total("a"), "the other instance's new view is not folded yet");

        rollup.run(START.plus(Duration.ofMinutes(4)));
        assertEquals(4, first.total("a"));
        assertEquals(4, second.total("a"), "an own view the total holds is not added twice");
    }

    @Test
    void aStoryReadFasterThanOneSliceTakesIsSpreadOverSeveral(LocalAws.Env env) {
        ViewCounter counter = counter(env);
        RankingRollup rollup = rollup(env, counter);
        rollup.run(START);
        int views = 60 * ViewTotals.WRITES_PER_SLICE * 3 + 1;     // just over 3 slices' worth in one minute
        Map<String, Long> perPartition = new java.util.HashMap<>();
        for (int i = 0; i < views; i++) counter.count("hot", "Hot", null, START.plusSeconds(1));
        counter.count("calm", "Calm", null, START.plusSeconds(1));
        rollup.run(START.plus(Duration.ofMinutes(2)));

        assertEquals(4, counter.stored().read(List.of("hot"), true).get("hot").spread());
        assertEquals(1, counter.stored().read(List.of("calm"), true).get("calm").spread());
        assertEquals(views, counter.stored().read(List.of("hot"), true).get("hot").views());
        // The next views of the hot story go to its four slices, those of the calm one to its one.
        for (int i = 0; i < 400; i++) {
            counter.count("hot", "Hot", null, START.plus(Duration.ofMinutes(3)));
        }
        for (Map<String, AttributeValue> item : env.dynamo().scan(b -> b.tableName(env.table())).items()) {
            String pk = Attr.string(item, "pk");
            if (pk.startsWith("VIEWED#") && Attr.string(item, "sk").equals("2026-12-01T10:03#hot")) {
                perPartition.put(pk, Attr.number(item, "views"));
            }
        }
        assertEquals(4, perPartition.size(), perPartition.toString());
        perPartition.values().forEach(n -> assertTrue(n > 50, "each slice takes a share: " + perPartition));
    }

    @Test
    void aStateSavedBeforeTotalsExistedGetsEveryArticlesTotalOnTheNextRun(LocalAws.Env env) {
        ViewCounter counter = counter(env);
        RankingRollup rollup = rollup(env, counter);
        rollup.run(START);
        counter.count("old", "Old", null, START.plusSeconds(1));
        counter.count("old", "Old", null, START.plusSeconds(2));
        rollup.run(START.plus(Duration.ofMinutes(2)));
        // As the previous version left things: no totals, and a state without the mark.
        env.dynamo().deleteItem(b -> b.tableName(env.table()).key(Attr.key(Keys.viewTotal("old"), Keys.SINGLE)));
        env.dynamo().updateItem(b -> b.tableName(env.table()).key(Attr.key(Keys.rollupState(), Keys.SINGLE))
                .updateExpression("REMOVE #t").expressionAttributeNames(Map.of("#t", "totals")));
        ViewCounter fresh = counter(env);
        assertEquals(0, fresh.total("old"), "no total yet");

        rollup(env, fresh).run(START.plus(Duration.ofMinutes(3)));
        assertEquals(2, counter(env).total("old"));
    }

    @Test
    void ownViewsAreForgottenOnceATotalHoldsThemAndStayBounded() {
        OwnViews own = new OwnViews(3);
        own.add("a", START);
        own.add("a", START.plusSeconds(60));
        own.add("b", START);
        assertEquals(2, own.after("a", null));
        assertEquals(1, own.after("a", START));
        assertEquals(0, own.after("a", START.plusSeconds(60)));
        own.add("c", START);
        own.add("c", START.plusSeconds(60));
        own.add("c", START.plusSeconds(120));                   // a fourth entry: it starts afresh, keeps this one
        assertEquals(0, own.after("b", null));
        assertEquals(1, own.after("c", null));
    }

    private static RankingRollup rollup(LocalAws.Env env, ViewCounter counter) {
        return new RankingRollup(env.dynamo(), env.table(), counter, GRACE, Duration.ofSeconds(30), System::nanoTime);
    }

    private static ViewCounter counter(LocalAws.Env env) {
        return new ViewCounter(env.dynamo(), env.table(), 8, Duration.ZERO);
    }
}
