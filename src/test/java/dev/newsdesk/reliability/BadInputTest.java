package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import dev.newsdesk.store.Table;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Editors upload anything. Each bad file, delivered through the real IngestFunction handler on S3Proxy and
 * dynalite, ends as a recorded status (FAILED with a reason, or PUBLISHED where the parser can legitimately make an
 * article of it), never as an exception out of the handler nor a half-written article; and the good files of the
 * same event are still published.
 */
@ExtendWith(LocalAws.class)
class BadInputTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    private static final String GOOD_A = "Politique\n\nLe parlement adopte la réforme des retraites\n\n"
            + "Les députés ont adopté mardi soir le texte, après trois semaines de débats souvent houleux.\n\n"
            + "Le gouvernement salue un vote historique, l'opposition annonce un recours devant le Conseil.";
    private static final String GOOD_B = "Sport\n\nLe club local remporte la coupe régionale\n\n"
            + "Devant deux mille spectateurs, l'équipe s'est imposée trois buts à un en finale dimanche.\n\n"
            + "L'entraîneur a salué la solidarité de ses joueurs et la ferveur du public.";

    /** The bad files, by key; the reason code (before the colon) each must fail with. */
    private static Map<String, byte[]> badFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bad/empty.txt", new byte[0]);
        files.put("bad/only-spaces.txt", "  \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII));
        files.put("bad/report.pdf", withMagic("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n"));
        files.put("bad/photo.png", withMagic("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"));
        files.put("bad/archive.zip", withMagic("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000"));
        files.put("bad/random.bin", randomBytes(64 * 1024, 7));
        files.put("bad/boilerplate.txt", ("Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée. "
                + "Les champs obligatoires sont indiqués avec *\n\nCommentaire\n\nNom *\n\nE-mail *\n\nSite web\n\n"
                + "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.\n\n"
                + "Publier le commentaire\n\nLes plus lus\n\nPartager sur Facebook\n\nPartager sur Twitter\n\n")
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static final Map<String, String> EXPECTED_REASON = Map.of(
            "bad/empty.txt", "empty",
            "bad/only-spaces.txt", "empty",
            "bad/report.pdf", "unsupported-format",
            "bad/photo.png", "unsupported-format",
            "bad/archive.zip", "unsupported-format",
            "bad/random.bin", "binary",
            "bad/boilerplate.txt", "not-an-article");

    @Test
    void eachBadFileOfAnEventIsRecordedAsFailedAndTheGoodOnesArePublished(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        List<S3Event.Notification> records = new ArrayList<>();
        records.add(put(env, "good/a.txt", GOOD_A.getBytes(StandardCharsets.UTF_8)));
        badFiles().forEach((key, bytes) -> records.add(put(env, key, bytes)));
        records.add(put(env, "good/b.txt", GOOD_B.getBytes(StandardCharsets.UTF_8)));

        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(
                S3Events.event(records.toArray(S3Event.Notification[]::new)), null));

        for (String key : badFiles().keySet()) {
            UploadStatus status = status(pipeline, env, key);
            assertEquals(UploadStatus.State.FAILED, status.state(), key + ": " + status);
            assertEquals(EXPECTED_REASON.get(key), reasonCode(status), key + ": " + status.reason());
            assertNull(status.slug(), key + " was never published");
        }
        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env, "good/a.txt").state());
        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env, "good/b.txt").state());
        assertEquals(2, pipeline.getJson("/articles").get("articles").size());
        assertEquals(2, listEntries(env), "no list entry of a bad file");
    }

    @Test
    void aMalformedRecordIsReportedAndTheOthersOfItsEventArePublished(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        var good = put(env, "good/a.txt", GOOD_A.getBytes(StandardCharsets.UTF_8));
        var strayPercent = withKey(put(env, "good/b.txt", GOOD_B.getBytes(StandardCharsets.UTF_8)), "stray%zz.txt");
        var noObject = new S3Event.Notification("2.1", "aws:s3", "us-east-1", null, "ObjectCreated:Put", null, null,
                null, null);

        var outcomes = pipeline.ingestFunction().handle(S3Events.event(strayPercent, noObject, good), null);

        assertEquals(List.of("malformed-event", "malformed-event"),
                outcomes.subList(0, 2).stream().map(o -> o.reasonCode()).toList(), outcomes.toString());
        assertEquals(UploadStatus.State.PUBLISHED, status(pipeline, env, "good/a.txt").state(),
                "a record no retry can mend does not hold back the others");
    }

    /** {@code record} naming {@code rawKey} as it stands in the event (not encoded). */
    private static S3Event.Notification withKey(S3Event.Notification record, String rawKey) {
        var o = record.s3().object();
        var s3 = new S3Event.Entity(record.s3().s3SchemaVersion(), record.s3().configurationId(), record.s3().bucket(),
                new S3Event.S3Object(rawKey, o.size(), o.eTag(), o.versionId(), o.sequencer()));
        return new S3Event.Notification(record.eventVersion(), record.eventSource(), record.awsRegion(),
                record.eventTime(), record.eventName(), record.userIdentity(), record.requestParameters(),
                record.responseElements(), s3);
    }

    @Test
    void aFileOverTheLimitIsRefusedFromTheEventSizeWithoutBeingRead(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        // No such object at all: if the handler read it, it would report the object gone, not too large.
        var record = S3Events.created(env.bucket(), "bad/huge.txt", LIMIT + 1, "etag", null);
        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(S3Events.event(record), null));

        UploadStatus status = status(pipeline, env, "bad/huge.txt");
        assertEquals(UploadStatus.State.FAILED, status.state());
        assertEquals("too-large", reasonCode(status));
        assertTrue(status.reason().contains(Long.toString(LIMIT + 1)), status.reason());
    }

    @Test
    void anEventThatUnderstatesTheSizeStillStopsReadingAtTheLimit(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        byte[] big = new byte[(int) LIMIT + 4096];
        java.util.Arrays.fill(big, (byte) 'a');
        env.s3().putObject(b -> b.bucket(env.bucket()).key("bad/liar.txt"), RequestBody.fromBytes(big));
        var record = S3Events.created(env.bucket(), "bad/liar.txt", 1_000, "etag", null);

        assertDoesNotThrow(() -> pipeline.ingestFunction().handle(S3Events.event(record), null));

        UploadStatus status = status(pipeline, env, "bad/liar.txt");
        assertEquals(UploadStatus.State.FAILED, status.state());
        assertEquals("too-large", reasonCode(status));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndPublished(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        // Latin-1 bytes are invalid UTF-8 (a lone 0xE9 for é): the parser falls back to Windows-1252.
        pipeline.upload("cp1252/ete.txt", GOOD_A.replace("réforme", "réforme d'été").getBytes(Charset.forName("windows-1252")));

        UploadStatus status = status(pipeline, env, "cp1252/ete.txt");
        assertEquals(UploadStatus.State.PUBLISHED, status.state(), String.valueOf(status.reason()));
        var article = pipeline.getJson("/articles/" + status.slug());
        assertTrue(article.get("title").asText().contains("réforme d'été"), article.get("title").asText());
    }

    @Test
    void aUtf8FileWithAFewBrokenBytesKeepsItsAccents(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        // Overlong and truncated UTF-8 sequences and Windows-1252's five undefined bytes, between words.
        byte[] mangled = (GOOD_B + " ").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mangled);
        out.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF, (byte) 0xE2, (byte) 0x82, (byte) 0x81, (byte) 0x8D,
                (byte) 0x8F, (byte) 0x90, (byte) 0x9D, ' ', (byte) 0xF0, (byte) 0x9F});
        pipeline.upload("cp1252/mangled.txt", out.toByteArray());

        UploadStatus status = status(pipeline, env, "cp1252/mangled.txt");
        assertEquals(UploadStatus.State.PUBLISHED, status.state(), String.valueOf(status.reason()));
        String body = pipeline.getJson("/articles/" + status.slug()).get("body").asText();
        // Mostly UTF-8: decoded as UTF-8 (only the broken bytes are lost), not turned into "Ã©" mojibake.
        assertTrue(body.contains("l'équipe s'est imposée"), body);
        assertTrue(body.chars().noneMatch(c -> c == 0), "no NUL in the body");
    }

    @Test
    void htmlNestedAHundredThousandLevelsIsPublishedWithItsText(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String html = "<html><head><title>Une page très imbriquée</title></head><body>" + "<div>".repeat(100_000)
                + "<h1>Une page très imbriquée</h1><p>" + GOOD_A.replace("\n\n", "</p><p>") + "</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        pipeline.upload("html/deep.html", html);

        UploadStatus status = status(pipeline, env, "html/deep.html");
        assertEquals(UploadStatus.State.PUBLISHED, status.state(), String.valueOf(status.reason()));
        String body = pipeline.getJson("/articles/" + status.slug()).get("body").asText();
        assertTrue(body.contains("Les députés ont adopté mardi soir"), body);
    }

    @Test
    void bareHtmlNestedAHundredThousandLevelsIsReadAsHtmlNotAsText(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        // No <html> wrapper, and no closing tag in the first kilobytes: still a page, not a text titled "div div …".
        String html = "<div>".repeat(100_000) + "<h1>Une page très imbriquée</h1><p>"
                + GOOD_A.replace("\n\n", "</p><p>") + "</p>" + "</div>".repeat(100_000);
        pipeline.upload("html/bare-deep.html", html);

        UploadStatus status = status(pipeline, env, "html/bare-deep.html");
        assertEquals(UploadStatus.State.PUBLISHED, status.state(), String.valueOf(status.reason()));
        var article = pipeline.getJson("/articles/" + status.slug());
        assertEquals("html", article.get("source").get("format").asText());
        assertFalse(article.get("title").asText().contains("div"), article.get("title").asText());
        assertTrue(article.get("body").asText().contains("Les députés ont adopté mardi soir"));
    }

    @Test
    void aFiveMegabyteLineOfRepeatedWordsIsPublished(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String line = "Un titre sur une seule ligne. " + "mot ".repeat(1_300_000);
        pipeline.upload("text/one-line.txt", line);

        UploadStatus status = status(pipeline, env, "text/one-line.txt");
        assertEquals(UploadStatus.State.PUBLISHED, status.state(), String.valueOf(status.reason()));
        assertTrue(pipeline.getJson("/articles/" + status.slug()).get("wordCount").asInt() > 1_000_000);
    }

    @Test
    void aFiveMegabyteLineThatDoesNotCompressIsRefusedWholeNotHalfWritten(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String line = randomWords(5 * 1024 * 1024, 11);
        pipeline.upload("text/one-line-varied.txt", line);

        UploadStatus status = status(pipeline, env, "text/one-line-varied.txt");
        assertEquals(UploadStatus.State.FAILED, status.state());
        assertEquals("too-large", reasonCode(status), status.reason());
        assertNull(status.slug());
        assertEquals(0, listEntries(env), "no list entry");
        assertEquals(0, pipeline.getJson("/articles").get("articles").size());
    }

    private static S3Event.Notification put(LocalAws.Env env, String key, byte[] bytes) {
        String etag = env.s3().putObject(b -> b.bucket(env.bucket()).key(key), RequestBody.fromBytes(bytes)).eTag();
        return S3Events.created(env.bucket(), key, bytes.length, etag, null);
    }

    private static UploadStatus status(Pipeline pipeline, LocalAws.Env env, String key) {
        return pipeline.services().uploads().find(env.bucket(), key)
                .orElseThrow(() -> new AssertionError("no status recorded for " + key));
    }

    private static String reasonCode(UploadStatus status) {
        String reason = status.reason();
        return reason == null ? null : reason.substring(0, reason.indexOf(':'));
    }

    /** List entries in the {@code all} list: a half-written article would leave one behind. */
    private static int listEntries(LocalAws.Env env) {
        return env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", Table.PK))
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.listing(Keys.facetAll()))))).count();
    }

    private static byte[] withMagic(String latin1Head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1Head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(randomBytes(4096, latin1Head.length()));
        return out.toByteArray();
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** About {@code chars} characters of words drawn from a large vocabulary, on one line: gzip cannot shrink it much. */
    private static String randomWords(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(chars + 32);
        text.append("Une ligne de cinq mégaoctets. ");
        while (text.length() < chars) {
            int len = 3 + random.nextInt(8);
            for (int i = 0; i < len; i++) text.append((char) ('a' + random.nextInt(26)));
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
