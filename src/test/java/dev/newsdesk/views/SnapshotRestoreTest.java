package dev.newsdesk.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.priming.Priming;
import dev.newsdesk.testing.LocalAws;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Two function instances resumed from one SnapStart snapshot start with the same random state. The view counter's
 * choice of view-log slice (for a story spread over several) must still differ between them once each has run its
 * {@code afterRestore}: otherwise every instance writes the same keys in the same order when traffic scales out.
 */
@ExtendWith(LocalAws.class)
class SnapshotRestoreTest {

    private static final long SNAPSHOT_SEED = 42;
    private static final int VIEWS = 24;

    @Test
    void twoInstancesRestoredFromOneSnapshotWriteDifferentKeys(LocalAws.Env env) {
        Instance first = new Instance(env);
        Instance second = new Instance(env);
        assertEquals(first.countViews(), second.countViews(),
                "before a restore both instances write the keys the snapshot's seed gives");

        first.priming.afterRestore(null);
        second.priming.afterRestore(null);
        List<String> firstKeys = first.countViews();
        List<String> secondKeys = second.countViews();
        assertNotEquals(firstKeys, secondKeys);
        assertEquals(VIEWS, firstKeys.size(), "one view-log write per view");
    }

    /** A function instance as the snapshot left it: its counter's picker seeded as in every other instance. */
    private static final class Instance {
        final List<String> writtenKeys = Collections.synchronizedList(new ArrayList<>());
        final ViewCounter counter;
        final Priming priming;

        Instance(LocalAws.Env env) {
            DynamoDbClient dynamo = env.dynamoWith(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                @Override
                public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                    if (context.request() instanceof UpdateItemRequest update) {
                        writtenKeys.add(update.key().get("pk").s());
                    }
                }
            }));
            counter = new ViewCounter(dynamo, env.table(), 256, Duration.ZERO, new WritePicker(SNAPSHOT_SEED));
            // A hot story, as the rollup left it: its views spread over 64 view-log slices.
            counter.stored().write(Map.of("a-story", new ViewTotals.Total(0, Instant.parse("2026-12-02T09:58:00Z"),
                    64, 0)));
            priming = Priming.register("api", () -> { }, counter::restored);
        }

        /** The keys of the writes of {@link #VIEWS} views, sorted per view (its two writes go out side by side). */
        List<String> countViews() {
            writtenKeys.clear();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                counter.count("a-story", "A story", null, Instant.parse("2026-12-02T10:00:00Z"));
                List<String> view = new ArrayList<>(writtenKeys);
                writtenKeys.clear();
                Collections.sort(view);
                keys.addAll(view);
            }
            return keys;
        }
    }
}
