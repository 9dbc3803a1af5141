package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.local.EventPump;
import dev.newsdesk.local.IngestDelivery;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Issue 16's goal for the one-machine mode's terminal: 300 uploads at once print at most one readable line each,
 * plus progress lines, and nothing else; uploading the same 300 files again writes no article (each keeps its
 * {@code updatedAt}). The mode's own pump and delivery around the real IngestFunction, on S3Proxy and dynalite.
 */
@ExtendWith(LocalAws.class)
class BurstOfUploadsTest {

    private static final int FILES = 300;
    private static final String SECTION = "rafale";
    private static final Pattern INGEST_LINE = Pattern.compile(
            "\\d\\d:\\d\\d:\\d\\d  ingest  put     (" + SECTION + "/depeche-\\d+\\.txt)  (.*)");
    private static final Pattern PROGRESS_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d  progress  .*");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private EventPump pump;

    @AfterEach
    void stop() {
        if (pump != null) pump.close();
    }

    @Test
    void threeHundredUploadsPrintALineEachAndUploadedAgainWriteNoArticle(LocalAws.Env env) throws Exception {
        Services services = Services.create(env.settings());
        PrintStream terminal = new PrintStream(printed, true, StandardCharsets.UTF_8);
        pump = EventPump.create(env.s3(), env.bucket(), "us-east-1", dir.resolve("pump.json"),
                dir.resolve("waiting.json"), new IngestDelivery(new IngestFunction(services)::handle, "us-east-1", terminal,
                        line -> { }), terminal);

        uploadAll(env);
        assertEquals(FILES, pump.pollOnce());
        Map<String, String> first = resultsByKey(takePrinted());
        assertEquals(FILES, first.size());
        assertTrue(first.values().stream().allMatch(r -> r.contains("  published  ")), first.toString());
        Map<String, String> updated = updatedAtBySlug(new Pipeline(env, services));
        assertEquals(FILES, updated.size());

        uploadAll(env); // the same bytes again: new objects, new events, the same articles
        assertEquals(FILES, pump.pollOnce());
        Map<String, String> again = resultsByKey(takePrinted());
        assertEquals(first.keySet(), again.keySet());
        assertTrue(again.values().stream().allMatch(r -> r.contains("  skipped (unchanged: ")), again.toString());
        assertEquals(updated, updatedAtBySlug(new Pipeline(env, services)), "no article was written again");
    }

    private static void uploadAll(LocalAws.Env env) {
        for (int i = 1; i <= FILES; i++) {
            String key = SECTION + "/depeche-" + i + ".txt";
            // A text dump: the section's name, the title, then the body.
            String text = "Rafale\n\nLa dépêche de la rafale numéro " + i + "\n\n"
                    + ("Une phrase de la dépêche numéro " + i + " qui décrit la journée avec précision. ").repeat(8);
            env.s3().putObject(b -> b.bucket(env.bucket()).key(key),
                    RequestBody.fromString(text, StandardCharsets.UTF_8));
        }
    }

    private String takePrinted() {
        String text = printed.toString(StandardCharsets.UTF_8);
        printed.reset();
        return text;
    }

    /**
     * Each upload's result from its one line; fails on any line that is neither an upload's (a second one for a key
     * included) nor a progress line, and on any line too long to read at a glance.
     */
    private static Map<String, String> resultsByKey(String terminal) {
        Map<String, String> results = new TreeMap<>();
        for (String line : terminal.lines().toList()) {
            assertTrue(line.length() <= 200, "a line a person can read: " + line);
            Matcher ingest = INGEST_LINE.matcher(line);
            if (ingest.matches()) {
                assertEquals(null, results.put(ingest.group(1), ingest.group(2)), "one line per upload: " + line);
            } else {
                assertTrue(PROGRESS_LINE.matcher(line).matches(), "an upload's line or a progress line: " + line);
            }
        }
        return results;
    }

    /** Every article of the section, slug to {@code updatedAt}, through the API's list (page after page). */
    private static Map<String, String> updatedAtBySlug(Pipeline pipeline) {
        Map<String, String> updated = new TreeMap<>();
        String cursor = null;
        do {
            JsonNode page = pipeline.getJson("/articles?limit=100&section=" + SECTION
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            List<JsonNode> articles = new ArrayList<>();
            page.get("articles").forEach(articles::add);
            articles.forEach(a -> updated.put(a.get("slug").asText(), a.get("updatedAt").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return updated;
    }
}
