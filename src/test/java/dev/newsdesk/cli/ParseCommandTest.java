package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.parse.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final String SAMPLE = "src/test/resources/samples/politique-mali-russie.txt";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Small, so that a test file can be over it: the preview refuses what the ingest would. */
    private static final long LIMIT = 64 * 1024;

    private final ParseCommand command = new ParseCommand(new ArticleParser(), LIMIT,
            Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheArticleAnUploadWouldProduce() throws Exception {
        assertEquals(0, command.run(List.of(SAMPLE)));
        JsonNode article = ArticleJson.mapper().readTree(out());
        assertEquals("avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire",
                article.get("slug").asText());
        assertEquals("Politique", article.get("section").asText());
        assertEquals("politique-mali-russie.txt", article.get("source").get("key").asText());
        assertEquals(32, article.get("source").get("etag").asText().length());
        assertEquals(0, article.get("views").asLong());
        assertTrue(article.get("body").asText().length() > 100);
    }

    @Test
    void jsonlPrintsOneObjectALineWithTheFileGiven() throws Exception {
        assertEquals(0, command.run(List.of("--jsonl", SAMPLE, SAMPLE)));
        String[] lines = out().strip().split("\n");
        assertEquals(2, lines.length);
        for (String line : lines) {
            JsonNode node = ArticleJson.mapper().readTree(line);
            assertEquals(SAMPLE, node.get("file").asText());
            assertEquals("Politique", node.get("section").asText());
        }
    }

    @Test
    void aFileThatCannotParseIsReportedAndTheOthersStillPrint() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertEquals(1, command.run(List.of("--jsonl", empty.toString(), "missing.txt", SAMPLE)));
        assertEquals(1, out().strip().split("\n").length);
        assertTrue(err().contains(empty + ": not an article (empty"), err());
        assertTrue(err().contains("missing.txt: cannot read it (no such file)"), err());
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedAsTheIngestWouldRefuseIt() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Title\n\n" + "A sentence of the article. ".repeat(3000));
        assertEquals(1, command.run(List.of(big.toString())));
        assertTrue(err().contains(big + ": not an article (too-large: the file has " + Files.size(big)
                + " bytes; the limit is " + LIMIT + ")"), err());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, command.run(List.of()));
        assertEquals(2, command.run(List.of("--pretty", SAMPLE)));
        assertEquals(2, command.run(List.of(SAMPLE, "--charset")));
    }

    @Test
    void charsetReadsTheFilesAsAnUploadDeclaringIt() throws Exception {
        // wire copy in capitals: without lower-case letters the guess takes it for another Cyrillic code page
        String title = "СЪЕЗД ПАРТИИ ОТКРЫЛСЯ В МОСКВЕ";
        Path file = Files.write(dir.resolve("sezd.txt"), (title + "\n\nДЕЛЕГАТЫ ИЗ ВСЕХ РЕГИОНОВ СОБРАЛИСЬ В СРЕДУ,"
                + " ЧТОБЫ ИЗБРАТЬ НОВОЕ РУКОВОДСТВО.\n").getBytes(Charset.forName("windows-1251")));
        assertEquals(0, command.run(List.of("--jsonl", file.toString(), "--charset", "windows-1251",
                "--charset=cp1251", file.toString())));
        for (String line : out().strip().split("\n")) {
            assertEquals(title, ArticleJson.mapper().readTree(line).get("title").asText());
        }
    }

    @Test
    void aCharsetNoBrowserKnowsIsIgnoredWithAWarning() {
        assertEquals(0, command.run(List.of("--charset", "cyrillic-windows", SAMPLE)));
        assertTrue(err().contains("charset \"cyrillic-windows\" set aside: no charset we read has this name"), err());
        assertTrue(out().contains("Politique"), out());
    }

    @Test
    void aCharsetTheBytesContradictIsSetAsideWithAWarning() throws Exception {
        // an older server's default on a Windows-1251 file
        Path file = Files.write(dir.resolve("sovet.txt"), "Городской совет утвердил бюджет\n\nДепутаты проголосовали в"
                .concat(" среду за бюджет, в котором расходы на школы вырастут.\n").getBytes(Charset.forName("windows-1251")));
        assertEquals(0, command.run(List.of("--charset=iso-8859-1", file.toString())));
        assertTrue(err().contains("sovet.txt: charset \"iso-8859-1\" (windows-1252) set aside: its reading is not words"),
                err());
        assertTrue(out().contains("Городской совет утвердил бюджет"), out());
    }

    @Test
    void anOptionWhereTheCharsetNameShouldBeIsAUsageError() {
        assertEquals(2, command.run(List.of(SAMPLE, "--charset", "--jsonl")));
        assertTrue(err().contains("--charset needs a charset name"), err());
        assertEquals("", out());
    }
}
