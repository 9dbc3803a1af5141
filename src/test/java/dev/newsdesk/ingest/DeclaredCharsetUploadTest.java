package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor who knows the file's encoding says it in the upload's Content-Type ({@code aws s3 cp --content-type
 * "text/plain; charset=windows-1251"}); the article is read in it, where a guess would go wrong.
 */
@ExtendWith(LocalAws.class)
class DeclaredCharsetUploadTest {

    /** Wire copy in capitals: without lower-case letters, Cyrillic code pages read alike. */
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
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("politika/sezd.txt", WIRE_COPY, "text/plain");
        String guessed = article(pipeline, "politika/sezd.txt").get("title").asText();
        assertNotEquals(TITLE, guessed, "undeclared, the capitals read in another code page");

        pipeline.upload("politika/sezd.txt", WIRE_COPY, "text/plain; charset=cp1251");

        assertEquals(TITLE, article(pipeline, "politika/sezd.txt").get("title").asText());
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

    private static JsonNode article(Pipeline pipeline, String key) {
        String slug = pipeline.services().uploads().find(pipeline.bucket(), key).orElseThrow().slug();
        return pipeline.getJson("/articles/" + slug);
    }
}
