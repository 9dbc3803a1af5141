package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.MovableClock;
import dev.newsdesk.testing.Pipeline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/** GET /uploads and GET /uploads/{key} through ApiFunction's handler, on S3Proxy and dynalite. */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadsApiTest {

    private Pipeline pipeline;
    private LocalAws.Env env;

    /** Each step a second after the last, so that "newest first" has one answer. */
    @BeforeAll
    void uploadFiles(LocalAws.Env env) {
        this.env = env;
        MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
        pipeline = new Pipeline(env, clock);
        pipeline.upload("city/council.txt", article("Council approves the bridge repairs"));
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("city/empty.txt", "");
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("sport/final.txt", article("The final goes to extra time"));
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("city/old.txt", article("An old story taken down"));
        clock.advance(Duration.ofSeconds(1));
        pipeline.delete("city/old.txt");
        clock.advance(Duration.ofSeconds(1));
        pipeline.upload("city/council.txt", article("Council approves the bridge repairs, again"));
    }

    private static String article(String title) {
        return "City\n\n" + title + "\n\nThe council voted on Tuesday to fund the repair of the two river bridges, "
                + "a project residents have asked for since the floods of last spring. Work starts in March.";
    }

    @Test
    void listsEveryUploadOnceNewestFirst() {
        JsonNode uploads = pipeline.getJson("/uploads").get("uploads");
        assertEquals(List.of("city/council.txt", "city/old.txt", "sport/final.txt", "city/empty.txt"), keys(uploads));
        assertEquals(List.of("published", "deleted", "published", "failed"), values(uploads, "state"));
        JsonNode council = uploads.get(0);
        assertEquals("council-approves-the-bridge-repairs", council.get("slug").asText());
        assertEquals("Council approves the bridge repairs, again", council.get("title").asText());
        assertEquals("2026-12-02T10:00:00Z", Instant.parse(council.get("firstPublishedAt").asText()).toString());
        assertTrue(council.get("reason").isNull());
        assertEquals("An old story taken down", uploads.get(1).get("title").asText(), "a deletion keeps the title");
    }

    @Test
    void aReplacedStatusLeavesNoEntryBehind() {
        // council.txt was published twice and old.txt published then deleted: one entry each, in its state's listing.
        assertEquals(4, entries(Keys.uploads()));
        assertEquals(2, entries(Keys.uploadsIn(UploadStatus.State.PUBLISHED)));
        assertEquals(1, entries(Keys.uploadsIn(UploadStatus.State.DELETED)));
        assertEquals(1, entries(Keys.uploadsIn(UploadStatus.State.FAILED)));
    }

    private int entries(String partition) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(partition)))).count();
    }

    @Test
    void filtersByStateAndPrefix() {
        assertEquals(List.of("city/council.txt", "sport/final.txt"),
                keys(pipeline.getJson("/uploads?state=published").get("uploads")));
        assertEquals(List.of("city/empty.txt"), keys(pipeline.getJson("/uploads?state=failed").get("uploads")));
        assertEquals(List.of("city/old.txt"), keys(pipeline.getJson("/uploads?state=deleted").get("uploads")));
        assertEquals(List.of("city/council.txt", "city/old.txt", "city/empty.txt"),
                keys(pipeline.getJson("/uploads?prefix=city/").get("uploads")));
        assertEquals(List.of("city/council.txt"),
                keys(pipeline.getJson("/uploads?prefix=city/&state=published").get("uploads")));
        assertEquals(List.of(), keys(pipeline.getJson("/uploads?prefix=weather/").get("uploads")));
    }

    @Test
    void pagesWalkTheListOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = pipeline.getJson("/uploads?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(keys(page.get("uploads")));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(List.of("city/council.txt", "city/old.txt", "sport/final.txt", "city/empty.txt"), seen);
        assertEquals(4, pages);
    }

    @Test
    void oneUploadWithItsArticleOrItsFailureInWords() {
        JsonNode published = pipeline.getJson("/uploads/" + encode("city/council.txt"));
        assertEquals("published", published.get("state").asText());
        assertEquals("Council approves the bridge repairs, again", published.get("title").asText());
        assertTrue(published.get("failure").isNull());

        JsonNode failed = pipeline.getJson("/uploads/city/empty.txt"); // a plain '/' in the path works too
        assertEquals("failed", failed.get("state").asText());
        assertEquals("empty: the file is empty", failed.get("reason").asText());
        assertEquals("empty", failed.get("failure").get("code").asText());
        assertEquals("the file is empty", failed.get("failure").get("words").asText());
        assertTrue(failed.get("failure").get("todo").asText().contains("upload the article's file again"));
    }

    @Test
    void aFileInTheBucketWithNoStatusYetIsPending() {
        env.s3().putObject(b -> b.bucket(env.bucket()).key("city/waiting.txt"), RequestBody.fromString("text"));
        JsonNode pending = pipeline.getJson("/uploads/" + encode("city/waiting.txt"));
        assertEquals("pending", pending.get("state").asText());
        assertFalse(pending.get("updatedAt").isNull(), "since the object was written");
        assertTrue(pending.get("slug").isNull());
        assertFalse(keys(pipeline.getJson("/uploads").get("uploads")).contains("city/waiting.txt"));
        assertFalse(keys(pipeline.getJson("/uploads?state=pending").get("uploads")).contains("city/waiting.txt"),
                "no event has reached ingest: nothing saw it yet");
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertProblem(pipeline.get("/uploads/" + encode("city/never.txt")), 404, "no upload has the key");
        // Longer than any S3 key, and than the store's key limit: an answer, not "the store did not answer".
        assertProblem(pipeline.get("/uploads/" + "k".repeat(3000)), 404, "S3 keys are at most 1024 bytes");
    }

    @Test
    void badParametersAreProblems() {
        assertProblem(pipeline.get("/uploads?state=lost"), 400,
                "state must be one of published, failed, deleted, pending");
        assertProblem(pipeline.get("/uploads?limit=0"), 400, "limit must be a whole number from 1 to 100");
        assertProblem(pipeline.get("/uploads?cursor=bm90LWEtY3Vyc29y"), 400, "cursor");
        assertProblem(pipeline.get("/uploads?prefix=a%01b"), 400, "prefix holds a control character");
        assertProblem(pipeline.get("/uploads/%E0%A4%A"), 400, "not percent-encoded correctly");
        assertProblem(pipeline.request("DELETE", "/uploads", Map.of()), 405, "GET, HEAD, POST, OPTIONS");
        String published = pipeline.getJson("/uploads?state=published&limit=1").get("nextCursor").asText();
        assertProblem(pipeline.get("/uploads?state=failed&cursor=" + published), 400, "another query");
    }

    static void assertProblem(HttpApiResponse response, int status, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().get("Content-Type"));
        String detail = Pipeline.json(response).get("detail").asText();
        assertTrue(detail.contains(detailPart), detail);
    }

    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode uploads) {
        return values(uploads, "key");
    }

    private static List<String> values(JsonNode uploads, String field) {
        List<String> values = new ArrayList<>();
        uploads.forEach(u -> values.add(u.get(field).asText()));
        return values;
    }
}
