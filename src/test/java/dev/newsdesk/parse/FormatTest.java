package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each upload format is recognised from its content and read into the same article shape. */
class FormatTest {

    @Test
    void readsAPlainTextFileWithATitleLine() throws Exception {
        ArticleContent a = parse("Bridges will be repaired\n\n" + ENGLISH_PROSE, "bridges.txt");
        assertEquals(Format.TEXT, a.format());
        assertEquals("Bridges will be repaired", a.title());
        assertEquals("en", a.language());
        assertEquals(3, a.body().split("\n\n").length);
    }

    @Test
    void keepsAShortNoteWithoutProse() throws Exception {
        ArticleContent a = parse("Road closed\n\nThe north bridge is shut until Friday", "note.txt");
        assertEquals("Road closed", a.title());
        assertEquals("The north bridge is shut until Friday", a.body());
    }

    @Test
    void readsHtmlWhateverTheFileIsCalled() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Bridges | City News</title>"
                + "<meta property=\"og:title\" content=\"Council approves bridge repairs\">"
                + "<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T10:15:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>Council approves bridge repairs</h1>"
                + paragraphs(ENGLISH_PROSE) + "</article>"
                + "<footer>© 2024 City News. All rights reserved.</footer></body></html>";
        ArticleContent a = parse(html, "upload.txt");
        assertEquals(Format.HTML, a.format());
        assertEquals("Council approves bridge repairs", a.title());
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("2024-03-05T10:15:00+00:00", a.publishedAt());
        assertEquals(3, a.blocks().size());
        assertFalse(a.body().contains("Home"));
        assertFalse(a.body().contains("rights reserved"));
    }

    @Test
    void keepsHtmlSubheadingsAndListsAsTypedBlocks() throws Exception {
        String[] p = ENGLISH_PROSE.split("\n\n");
        String html = "<html><body><article><p>" + p[0] + "</p><h2>What comes next</h2><p>" + p[1] + "</p>"
                + "<ul><li>Repair the north bridge first.</li><li>Then close the river road for a month.</li></ul>"
                + "<p>" + p[2] + "</p></article></body></html>";
        ArticleContent a = parse(html, "a.html");
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH, Block.Type.LIST,
                Block.Type.PARAGRAPH), a.blocks().stream().map(Block::type).toList());
        assertEquals("Repair the north bridge first.\nThen close the river road for a month.", a.blocks().get(3).text());
    }

    @Test
    void letsMarkdownFrontMatterWinOverGuesses() throws Exception {
        String md = """
                ---
                title: "Réforme des écoles : le projet présenté"
                section: Politique
                authors: [Marie Curie, Jean Moulin]
                date: 2024-05-02
                description: Le projet de réforme est présenté aux <em>parents</em> ce jeudi.
                tags:
                  - éducation
                  - budget
                ---
                # Un autre titre dans le texte

                """ + FRENCH_PROSE + "\n\n## La suite\n\n- premier point du débat\n- second point du débat\n";
        ArticleContent a = parse(md, "article.md");
        assertEquals(Format.MARKDOWN, a.format());
        assertEquals("Réforme des écoles : le projet présenté", a.title());
        assertEquals("Politique", a.section());
        assertEquals(List.of("Marie Curie", "Jean Moulin"), a.authors());
        assertEquals("2024-05-02", a.publishedAt());
        assertEquals(List.of("éducation", "budget"), a.keywords());
        assertEquals("fr", a.language());
        assertEquals("Le projet de réforme est présenté aux parents ce jeudi.", a.summary(), "the editor's own summary");
        assertTrue(a.blocks().contains(Block.heading("La suite")));
        assertTrue(a.blocks().contains(Block.list("premier point du débat\nsecond point du débat")));
        assertFalse(a.body().contains("Un autre titre"), "the leading heading is the title's, not the body's");
    }

    @Test
    void readsHugosTomlFrontMatterAndNestedOrCommaSeparatedYamlValues() throws Exception {
        String toml = "+++\ntitle = \"Council approves bridge repairs\"\ndate = 2024-03-05T10:15:00+01:00\n"
                + "authors = [\n  \"Jane Doe\",\n  'Tom Berg',\n]\ntags = [\"bridges\"] # a comment\n"
                + "[params]\nsection = \"not the section\"\n+++\n\n" + ENGLISH_PROSE;
        ArticleContent a = parse(toml, "post.md");
        assertEquals("Council approves bridge repairs", a.title());
        assertEquals(List.of("Jane Doe", "Tom Berg"), a.authors());
        assertEquals("2024-03-05", a.publishedAt().substring(0, 10));
        assertEquals(List.of("bridges"), a.keywords());
        assertEquals(null, a.section(), "a table's keys are the table's");
        assertFalse(a.body().contains("+++") || a.body().contains("title ="), a.body());

        String yaml = "---\ntitle: Council approves bridge repairs\nauthor:\n  name: Jane Doe\n  email: j@example.org\n"
                + "tags: bridges, budget\n---\n\n" + ENGLISH_PROSE;
        ArticleContent b = parse(yaml, "post.md");
        assertEquals(List.of("Jane Doe"), b.authors(), "the name under author");
        assertEquals(List.of("bridges", "budget"), b.keywords(), "a comma-separated value is a list");
        String listed = "---\ntitle: Council approves bridge repairs\nauthors:\n  - name: Jane Doe\n    twitter: jd\n"
                + "  - name: Tom Berg\n---\n\n" + ENGLISH_PROSE;
        assertEquals(List.of("Jane Doe", "Tom Berg"), parse(listed, "post.md").authors(), "a list of maps: the names");
    }

    @Test
    void readsMarkdownInlineMarkupAsPlainText() throws Exception {
        String md = "# Title of the piece\n\nThe **council** voted [the budget](https://example.org/b) on "
                + "*Tuesday*, after a long and `heated` debate about the bridges of the city.\n";
        ArticleContent a = parse(md, "x.md");
        assertEquals("Title of the piece", a.title());
        assertEquals("The council voted the budget on Tuesday, after a long and heated debate about the bridges "
                + "of the city.", a.body());
    }

    @Test
    void readsAJsonExport() throws Exception {
        String json = """
                {"title": "Council approves bridge repairs", "section": "City",
                 "authors": ["Jane Doe"], "publishedAt": "2024-03-05T10:15:00Z", "tags": ["bridges", "budget"],
                 "body": "%s"}""".formatted(ENGLISH_PROSE.replace("\n", "\\n"));
        ArticleContent a = parse(json, "export.json");
        assertEquals(Format.JSON, a.format());
        assertEquals("Council approves bridge repairs", a.title());
        assertEquals("City", a.section());
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals(List.of("bridges", "budget"), a.keywords());
        assertEquals(3, a.blocks().size());
        assertEquals(a.blocks().get(0).text(), a.summary(), "no summary of its own: the lede");
        String described = json.replace("\"section\"", "\"description\": \"Repairs start in May.\", \"section\"");
        assertEquals("Repairs start in May.", parse(described, "export.json").summary());
        String byline = json.replace("\"authors\": [\"Jane Doe\"]", "\"byline\": \"By Jane Doe and Tom Berg\"");
        assertEquals(List.of("Jane Doe", "Tom Berg"), parse(byline, "export.json").authors(), "a byline gives its names");
        String firm = json.replace("\"authors\": [\"Jane Doe\"]", "\"author\": \"Bob & Co\"");
        assertEquals(List.of("Bob & Co"), parse(firm, "export.json").authors(), "a name stays as the editor wrote it");
    }

    @Test
    void readsAWordPressPostExport() throws Exception {
        String json = "{\"id\": 5, \"date\": \"2024-03-05T10:15:00\", \"link\": \"https://news.example/bridges\", "
                + "\"title\": {\"rendered\": \"Council backs &#8220;bridge&#8221; repairs\"}, "
                + "\"content\": {\"rendered\": \"<p>" + ENGLISH_PROSE.split("\n\n")[0] + "</p>\\n<p>"
                + ENGLISH_PROSE.split("\n\n")[1] + "</p>\", \"protected\": false}, "
                + "\"excerpt\": {\"rendered\": \"<p>The council backs the repairs [&hellip;]</p>\\n\"}}";
        ArticleContent a = parse(json, "post.json");
        assertEquals(Format.JSON, a.format());
        assertEquals("Council backs \u201cbridge\u201d repairs", a.title());
        assertEquals("2024-03-05", a.publishedAt().substring(0, 10));
        assertEquals("https://news.example/bridges", a.canonicalUrl());
        assertEquals(2, a.blocks().size());
        assertEquals("The council backs the repairs…", a.summary(), "the excerpt's closing mark is an ellipsis");
    }

    @Test
    void readsABodyListedAsParagraphsAndSchemaOrgsPageObject() throws Exception {
        String[] paragraphs = ENGLISH_PROSE.strip().split("\n\n");
        String json = "{\"@type\": \"NewsArticle\", \"headline\": \"Council approves bridge repairs\", "
                + "\"mainEntityOfPage\": {\"@type\": \"WebPage\", \"@id\": \"https://news.example/bridges\"}, "
                + "\"image\": [{\"@type\": \"ImageObject\", \"url\": \"https://news.example/bridge.jpg\", "
                + "\"caption\": \"The bridge\"}, \"https://news.example/other.jpg\"], "
                + "\"articleBody\": [\"" + String.join("\", \"", paragraphs) + "\"]}";
        ArticleContent a = parse(json, "export.json");
        assertEquals(paragraphs.length, a.blocks().size(), a.body());
        assertEquals(paragraphs[paragraphs.length - 1].replace("\n", " ").replaceAll(" +", " ").strip(),
                a.blocks().get(paragraphs.length - 1).text());
        assertEquals("https://news.example/bridges", a.canonicalUrl());
        assertEquals("https://news.example/bridge.jpg", a.image().url(), "schema.org's list of images: the first");
        assertEquals("The bridge", a.image().caption());
    }

    @Test
    void readsAJsonBodyThatHoldsHtml() throws Exception {
        String json = "{\"title\": \"T\", \"body\": \"<p>" + ENGLISH_PROSE.split("\n\n")[0]
                + "</p><p>" + ENGLISH_PROSE.split("\n\n")[1] + "</p>\"}";
        ArticleContent a = parse(json, "export.json");
        assertEquals(2, a.blocks().size());
        assertFalse(a.body().contains("<p>"));
    }

    @Test
    void sniffsContentBeforeTheFileName() throws Exception {
        assertEquals(Format.JSON, parse("{\"title\": \"x\", \"body\": \"" + "Some words here. ".repeat(20) + "\"}",
                "notes.txt").format());
        assertEquals(Format.TEXT, parse("Title\n\n" + ENGLISH_PROSE, "page.html").format(),
                "a file without a single tag is text, whatever its name");
    }

    @Test
    void readsADumpOpeningOnAnEmptyFormFieldAsText() throws Exception {
        // lynx, w3m and pandoc draw a search box or a picture without words as brackets, first on many pages.
        assertEquals(Format.TEXT,
                parse("[ ] [Go]\n\nBridges will be repaired\n\n" + ENGLISH_PROSE, "page.txt").format());
        assertEquals(Format.TEXT, parse("[]\n\nBridges will be repaired\n\n" + ENGLISH_PROSE, null).format());
    }

    private static String paragraphs(String prose) {
        StringBuilder sb = new StringBuilder();
        for (String p : prose.split("\n\n")) sb.append("<p>").append(p).append("</p>");
        return sb.toString();
    }
}
