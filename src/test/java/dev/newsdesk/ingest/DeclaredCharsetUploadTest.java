package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor who knows the file's encoding says it in the upload's Content-Type ({@code aws s3 cp --content-type
 * "text/plain; charset=windows-1251"}); the article is read in it, where a guess would go wrong.
 */
@ExtendWith(LocalAws.class)
class DeclaredCharsetUploadTest {

    /** Wire copy in capitals: with no lower case to go by, a guess has the fewest cues. */
    private static final String TITLE = "СЪЕЗД ПАРТИИ ОТКРЫЛСЯ В МОСКВЕ";
    private static final String BODY = "ДЕЛЕГАТЫ ИЗ ВСЕХ РЕГИОНОВ СОБРАЛИСЬ В СРЕДУ, ЧТОБЫ ИЗБРАТЬ НОВОЕ РУКОВОДСТВО.";
    private static final byte[] WIRE_COPY = (TITLE + "\n\n" + BODY + "\n").getBytes(Charset.forName("windows-1251"));

    @Test
    void aWindows1251UploadIsReadInTheCharsetItsContentTypeNames(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("politika/sezd.txt", WIRE_COPY, "text/plain; charset=windows-1251");

        JsonNode article = article(pipeline, "politika/sezd.txt");
        assertEquals(TITLE, article.get("title").asText());
        assertEquals(BODY, article.get("body").asText());
    }

    @Test
    void aShortShiftJisUploadIsReadInTheCharsetItsContentTypeNames(LocalAws.Env env) {
        // too few characters for the guess to tell Japanese by
        Pipeline pipeline = new Pipeline(env);
        String text = "市議会が予算を承認\n\n学校への支出が増える。市長は満足した。\n";
        pipeline.upload("shisei/yosan.txt", text.getBytes(Charset.forName("Shift_JIS")),
                "text/plain; Charset=\"Shift_JIS\"");

        JsonNode article = article(pipeline, "shisei/yosan.txt");
        assertEquals("市議会が予算を承認", article.get("title").asText());
        assertEquals("学校への支出が増える。市長は満足した。", article.get("body").asText());
    }

    @Test
    void theSameBytesUploadedAgainWithACharsetAreReadAgain(LocalAws.Env env) {
        // the text changed though the bytes did not: the article's fingerprint is of what the parser made of them
        String title = "Ağabeyi Osman, kızı Ayşe Doğru";
        byte[] notice = (title + "\n\nKasabanın ağaları ayrıldı.\n").getBytes(Charset.forName("windows-1254"));
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("haber/aile.txt", notice, "text/plain");
        String guessed = article(pipeline, "haber/aile.txt").get("title").asText();
        assumeFalse(title.equals(guessed), "premise: undeclared, so short a Turkish text reads as Windows-1252");

        pipeline.upload("haber/aile.txt", notice, "text/plain; charset=iso-8859-9");

        assertEquals(title, article(pipeline, "haber/aile.txt").get("title").asText());
    }

    @Test
    void reprocessingReadsTheObjectInItsDeclaredCharsetAgain(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("politika/sezd.txt", WIRE_COPY, "text/plain; charset=windows-1251");

        IngestOutcome outcome = pipeline.services().ingestor().reprocess(pipeline.bucket(), "politika/sezd.txt",
                WIRE_COPY.length, null);

        assertEquals(IngestOutcome.Result.PUBLISHED, outcome.result(), "reprocessing writes the article again");
        assertEquals(TITLE, article(pipeline, "politika/sezd.txt").get("title").asText());
    }

    @Test
    void aDeclarationSetAsideIsLoggedForTheEditor(LocalAws.Env env) throws Exception {
        // an older server's ISO-8859-1 default on a Windows-1251 file: read as undeclared, and the log says why
        Pipeline pipeline = new Pipeline(env);
        String russian = "Городской совет утвердил бюджет\n\nДепутаты проголосовали в среду за бюджет.\n";
        String log = stderrOf(() -> pipeline.upload("politika/sovet.txt", russian.getBytes(Charset.forName("windows-1251")),
                "text/plain; charset=iso-8859-1"));

        JsonNode line = declaredCharsetLines(log).get(0);
        assertEquals("politika/sovet.txt", line.get("key").asText());
        assertEquals("iso-8859-1", line.get("charset").asText());
        assertEquals("windows-1252", line.get("resolvedTo").asText());
        assertEquals("set aside", line.get("verdict").asText());
        assertEquals("Городской совет утвердил бюджет", article(pipeline, "politika/sovet.txt").get("title").asText());
    }

    @Test
    void anUploadThatDeclaresNoCharsetLogsNoVerdict(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        String log = stderrOf(() -> pipeline.upload("politika/sezd.txt", WIRE_COPY, "text/plain"));
        assertEquals(List.of(), declaredCharsetLines(log));
    }

    private static List<JsonNode> declaredCharsetLines(String log) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.contains("\"declared-charset\"")) lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode article(Pipeline pipeline, String key) {
        String slug = pipeline.services().uploads().find(pipeline.bucket(), key).orElseThrow().slug();
        return pipeline.getJson("/articles/" + slug);
    }
}
