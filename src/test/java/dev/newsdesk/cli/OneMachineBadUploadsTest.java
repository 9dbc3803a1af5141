package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.functions.IngestFunction;
import dev.newsdesk.local.EventPump;
import dev.newsdesk.local.IngestDelivery;
import dev.newsdesk.local.LocalApiServer;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The "done when", on the one-machine mode's own pieces (S3 event pump, HTTP API) around the real handlers:
 * uploading each kind of bad file with an S3 client leaves the API serving the good articles, and
 * {@code newsdesk status}, pointed at those servers by its flags, names each failure's reason.
 */
@ExtendWith(LocalAws.class)
class OneMachineBadUploadsTest {

    @TempDir
    Path dir;

    private final PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    private EventPump pump;
    private LocalApiServer api;

    @AfterEach
    void stop() {
        if (api != null) api.close();
        if (pump != null) pump.close();
    }

    @Test
    void badUploadsAreNamedByStatusAndTheGoodArticlesAreStillServed(LocalAws.Env env) throws Exception {
        Services services = Services.create(env.settings());
        pump = EventPump.create(env.s3(), env.bucket(), "us-east-1", dir.resolve("pump.json"),
                dir.resolve("waiting.json"), new IngestDelivery(new IngestFunction(services)::handle, "us-east-1", log,
                        line -> { }), log);
        api = LocalApiServer.start(0, 4, new ApiFunction(services)::handle, "us-east-1", log, false);

        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("politique/mali.txt", Pipeline.sample());
        uploads.put("bad/empty.txt", new byte[0]);
        uploads.put("bad/report.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        uploads.put("bad/photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        uploads.put("bad/archive.zip", new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        uploads.put("bad/big.txt", big);
        uploads.put("bad/boilerplate.txt", ("Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.\n\n"
                + "Nom *\n\nE-mail *\n\nSite web\n\nLes plus lus\n\nPartager sur Facebook\n").getBytes(StandardCharsets.UTF_8));
        uploads.forEach((key, bytes) -> env.s3().putObject(b -> b.bucket(env.bucket()).key(key),
                RequestBody.fromBytes(bytes)));

        assertEquals(uploads.size(), pump.pollOnce(), "every upload became an event");

        HttpResponse<String> listing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(api.endpoint() + "/articles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listing.statusCode(), "the API is still up");
        JsonNode articles = ArticleJson.mapper().readTree(listing.body()).get("articles");
        assertEquals(1, articles.size());
        assertEquals("politique/mali.txt", articles.get(0).get("source").get("key").asText());

        CliTarget target = CliTarget.parse(List.of("--s3-endpoint", env.settings().s3Endpoint().orElseThrow().toString(),
                "--dynamodb-endpoint", env.settings().dynamoDbEndpoint().orElseThrow().toString(),
                "--table", env.table(), "--bucket", env.bucket(), "--failures"), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = StatusCommand.on(target, target.services(), new PrintStream(out, true, StandardCharsets.UTF_8), log)
                .run(target.rest());
        String failures = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit);
        for (String line : List.of("bad/empty.txt  empty: ", "bad/report.pdf  unsupported-format: ",
                "bad/photo.png  unsupported-format: ", "bad/archive.zip  unsupported-format: ",
                "bad/big.txt  too-large: ", "bad/boilerplate.txt  not-an-article: ")) {
            assertTrue(failures.contains(line), line + " in\n" + failures);
        }
        assertEquals(6, failures.lines().count(), failures);
    }
}
