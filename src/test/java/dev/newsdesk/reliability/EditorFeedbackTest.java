package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recent-failures listing (the {@code FAILURES} partition) follows the statuses through the real handler: a
 * failure enters it, a later publish or delete of the key takes it out, newest first, no Scan. Each upload comes a
 * second after the one before: two failures in one millisecond have no order but their keys'.
 */
@ExtendWith(LocalAws.class)
class EditorFeedbackTest {

    private static final String GOOD = "Monde\n\nUn accord est signé à Genève\n\n"
            + "Les délégations de quarante pays ont signé l'accord après trois jours de négociations.";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void failuresAreListedNewestFirstAndLeaveTheListWhenTheKeyRecovers(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env, clock);
        var uploads = pipeline.services().uploads();
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("a/first.txt", new byte[0]);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("a/second.pdf", "%PDF-1.4\n%binary".getBytes());
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("a/third.txt", "   ");

        assertEquals(List.of("a/third.txt", "a/second.pdf", "a/first.txt"), keys(uploads.recentFailures(10)));
        assertEquals(List.of("a/third.txt", "a/second.pdf"), keys(uploads.recentFailures(2)));
        assertTrue(uploads.recentFailures(10).get(1).reason().startsWith("unsupported-format: "));


        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("a/first.txt", GOOD);    // fixed: published now
        clock.advance(Duration.ofSeconds(1));
        pipeline.delete("a/third.txt");          // given up: deleted
        assertEquals(List.of("a/second.pdf"), keys(uploads.recentFailures(10)));
        assertEquals(1, entries(env), "the recovered keys' entries are gone, not just hidden");
    }

    @Test
    void aKeyThatFailsAgainIsListedOnceAtItsNewestFailure(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env, clock);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("b/again.txt", new byte[0]);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("b/other.txt", new byte[0]);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("b/again.txt", "%PDF-1.4\n%binary".getBytes());

        List<UploadStatus> failures = pipeline.services().uploads().recentFailures(10);
        assertEquals(List.of("b/again.txt", "b/other.txt"), keys(failures));
        assertTrue(failures.get(0).reason().startsWith("unsupported-format"), failures.get(0).reason());
        assertEquals(2, entries(env));
    }

    @Test
    void anEntryThatNoLongerMatchesItsStatusIsNotListed(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env, clock);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("c/ok.txt", GOOD);
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("c/bad.txt", new byte[0]);
        // What a crash between the listing write and the status write leaves behind: an entry for a key whose
        // status is not that failure.
        env.dynamo().putItem(b -> b.tableName(env.table()).item(Map.of(
                Table.PK, Attr.s(Keys.failures()),
                Table.SK, Attr.s(Keys.uploadSortKey("2099-01-01T00:00:00.000Z", env.bucket(), "c/ok.txt")),
                "bucket", Attr.s(env.bucket()), "key", Attr.s("c/ok.txt"),
                "updatedAt", Attr.s("2099-01-01T00:00:00.000Z"))));

        assertEquals(List.of("c/bad.txt"), keys(pipeline.services().uploads().recentFailures(10)));
    }

    private static List<String> keys(List<UploadStatus> statuses) {
        return statuses.stream().map(UploadStatus::key).toList();
    }

    private static int entries(LocalAws.Env env) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.failures())))).count();
    }
}
