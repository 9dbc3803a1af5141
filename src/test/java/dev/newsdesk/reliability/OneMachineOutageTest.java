package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.Settings;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.local.ChildProcesses;
import dev.newsdesk.local.DynaliteServer;
import dev.newsdesk.local.LocalMode;
import dev.newsdesk.local.LocalOptions;
import dev.newsdesk.local.LocalPorts;
import dev.newsdesk.local.S3ProxyLaunch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one-machine mode, whole (its supervised emulators, the event pump, the handlers, the API), with one of its
 * emulators killed ({@code kill -9}) in the middle of ingesting a batch of 100 uploads: the mode restarts it on
 * its port with its data and says so, the events that failed wait and go out once it is back, and every upload
 * ends published exactly once, with no command from anyone. One mode serves the class (starting it is the slow
 * part); each test uploads its own section. S3Proxy runs from the tests' class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneMachineOutageTest {

    private static final int FILES = 100;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path data;
    private LocalOptions options;
    private LocalMode mode;
    private S3Client s3;

    @BeforeAll
    void startMode() throws Exception {
        data = Files.createTempDirectory("newsdesk-outage");
        options = LocalOptions.parse(List.of("--s3-port", port(), "--dynamodb-port", port(), "--api-port", port(),
                "--data", data.toString(), "--quiet-api"), Map.of(), Path.of("").toAbsolutePath())
                .withS3Proxy(S3ProxyLaunch.fromClassPath(System.getProperty("java.class.path")));
        mode = new LocalMode(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        mode.start();
        s3 = AwsClients.s3(Settings.local(options.table(), options.bucket(),
                URI.create("http://127.0.0.1:" + options.s3Port()), URI.create("http://127.0.0.1:" + options.dynamoPort())));
    }

    @AfterAll
    void stopMode() throws Exception {
        if (s3 != null) s3.close();
        if (mode != null) mode.stop();
        // What the mode printed, to read when a run fails (or to see what a person sees).
        Files.writeString(Path.of("target", "one-machine-outage.log"), output());
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String port() throws Exception {
        return Integer.toString(DynaliteServer.freePort());
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Uploads the batch of one section through the mode's S3 endpoint, as an editor's client would. */
    private void uploadBatch(String section) {
        for (int n = 1; n <= FILES; n++) {
            int i = n;
            String title = Character.toUpperCase(section.charAt(0)) + section.substring(1);
            String text = title + "\n\nLa dépêche " + title + " numéro " + i + " tombe\n\n"
                    + ("Une phrase de la dépêche numéro " + i + " qui décrit la journée avec précision. ").repeat(8);
            s3.putObject(b -> b.bucket(options.bucket()).key(key(section, i)),
                    RequestBody.fromString(text, StandardCharsets.UTF_8));
        }
    }

    private static String key(String section, int i) {
        return section + "/depeche-" + i + ".txt";
    }

    /** How many times each key of {@code section} was reported published. */
    private Map<String, Integer> publishedLines(String section) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("  ingest  put     (" + section + "/\\S+)  slug=\\S+  published").matcher(output());
        while (m.find()) counts.merge(m.group(1), 1, Integer::sum);
        return counts;
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("never: " + what + "\n" + output());
            Thread.sleep(20); // polling a condition, not waiting for a time to pass
        }
    }

    /** Uploads a batch, kills the child named {@code marker} in the pid file once 10 are published, waits. */
    private void killMidBatch(String section, String marker) throws Exception {
        uploadBatch(section);
        await("10 published", () -> publishedLines(section).size() >= 10);
        long pid = ChildProcesses.recorded(options.runDir(), marker).orElseThrow();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
        int before = publishedLines(section).size();

        await("all " + FILES + " published", () -> publishedLines(section).size() == FILES);
        assertTrue(before < FILES, "the kill came mid-batch: " + before + " published before it");
        assertNotEquals(pid, ChildProcesses.recorded(options.runDir(), marker).orElseThrow(),
                "the pid file names the new process");
        assertEquals(Set.of(1), new HashSet<>(publishedLines(section).values()), "each reported published once");
        assertEquals(expectedSlugs(section), listedSlugs(section), "one article per file, none doubled (no -2)");
        assertTrue(Files.readString(options.handlerLogFile()).contains("\"key\":\"" + key(section, 1) + "\""),
                "the handler's JSON lines are in their file");
        assertFalse(output().contains("{\"event\":\"ingest\""), "and not on the terminal");
    }

    private Set<String> listedSlugs(String section) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + options.apiPort() + "/articles?limit=100&section=" + section)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode page = ArticleJson.mapper().readTree(response.body());
        assertTrue(page.get("nextCursor").isNull(), "one page holds them all");
        Set<String> slugs = new TreeSet<>();
        page.get("articles").forEach(a -> slugs.add(a.get("slug").asText()));
        return slugs;
    }

    private static Set<String> expectedSlugs(String section) {
        Set<String> slugs = new TreeSet<>();
        for (int i = 1; i <= FILES; i++) slugs.add("la-depeche-" + section + "-numero-" + i + "-tombe");
        return slugs;
    }

    @Test
    void theModeRecordsItsPortsForTheOperationsCommands() throws Exception {
        assertEquals(Optional.of(new LocalPorts(options.s3Port(), options.dynamoPort(), options.apiPort())),
                LocalPorts.read(data));
    }

    @Test
    void dynaliteKilledMidBatchIsRestartedAndEveryUploadIsPublishedOnce() throws Exception {
        killMidBatch("asie", "dynalite");
        assertTrue(output().contains("dynalite (DynamoDB) stopped (exit code 137); restarted on port "
                + options.dynamoPort() + " with the same data"), output());
    }

    @Test
    void s3ProxyKilledMidBatchIsRestartedAndEveryUploadIsPublishedOnce() throws Exception {
        killMidBatch("afrique", "s3proxy");
        assertTrue(output().contains("S3Proxy (S3) stopped (exit code 137); restarted on port "
                + options.s3Port() + " with the same data"), output());
    }
}
