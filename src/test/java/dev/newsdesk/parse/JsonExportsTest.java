package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles as content systems export them: wrapped in a feed or an API's envelope, bodies as editors' blocks. */
class JsonExportsTest {

    private static final String FIRST = "The city council approved a new budget on Tuesday that will fund the repair "
            + "of several bridges, a project residents have asked for since the floods of last spring.";
    private static final String SECOND = "The mayor said the work would start in May and last two years, and that "
            + "the main bridge would stay open to buses and bicycles throughout.";

    @Test
    void readsTheOneItemOfAJsonFeed() throws Exception {
        ArticleContent a = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "City News", "items": [
                  {"id": "1", "url": "https://news.example/bridges", "title": "Council approves bridge repairs",
                   "content_html": "<p>%s</p><p>%s</p>", "date_published": "2024-03-05T10:15:00+01:00",
                   "authors": [{"name": "Jane Doe"}], "tags": ["bridges"]}]}""".formatted(FIRST, SECOND));
        assertEquals("Council approves bridge repairs", a.title(), "the item's title, not the feed's");
        assertEquals(List.of(FIRST, SECOND), texts(a));
        assertEquals("2024-03-05", a.publishedAt().substring(0, 10));
        assertEquals(List.of("Jane Doe"), a.authors());
        assertEquals("https://news.example/bridges", a.canonicalUrl());
    }

    @Test
    void refusesAFeedOfSeveralArticlesRatherThanKeepOne() {
        String item = "{\"title\": \"Story %d\", \"content_text\": \"" + FIRST + "\"}";
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> parse("{\"items\": ["
                + item.formatted(1) + ", " + item.formatted(2) + ", " + item.formatted(3) + "]}"));
        assertTrue(e.getMessage().contains("holds 3 texts side by side"), e.getMessage());
    }

    @Test
    void readsAGhostPostAndAStrapiEntry() throws Exception {
        ArticleContent ghost = parse("""
                {"posts": [{"title": "Council approves bridge repairs", "html": "<p>%s</p><p>%s</p>",
                  "published_at": "2024-03-05T09:15:00.000Z", "primary_author": {"name": "Jane Doe"},
                  "primary_tag": {"name": "City"}}]}""".formatted(FIRST, SECOND));
        assertEquals("City", ghost.section());
        assertEquals(List.of("Jane Doe"), ghost.authors());
        assertEquals(List.of(FIRST, SECOND), texts(ghost));
        ArticleContent strapi = parse("""
                {"data": {"id": 7, "attributes": {"title": "Council approves bridge repairs",
                  "content": "%s\\n\\n%s", "publishedAt": "2024-03-05T09:15:00.000Z"}}, "meta": {}}"""
                .formatted(FIRST, SECOND));
        assertEquals("Council approves bridge repairs", strapi.title());
        assertEquals(List.of(FIRST, SECOND), texts(strapi));
    }

    @Test
    void readsPortableTextBlocksWithTheirHeadingsAndLists() throws Exception {
        ArticleContent a = parse("""
                {"title": "Council approves bridge repairs", "body": [
                  {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "%s"}]},
                  {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "What changes"}]},
                  {"_type": "block", "listItem": "bullet", "children": [{"_type": "span", "text": "Two lanes close"}]},
                  {"_type": "block", "listItem": "bullet", "children": [{"_type": "span", "text": "Buses keep running"}]},
                  {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "%s"}]}]}"""
                .formatted(FIRST, SECOND));
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.LIST, Block.Type.PARAGRAPH),
                types(a), a.body());
        assertTrue(a.blocks().get(2).text().contains("Two lanes close"), a.body());
        assertTrue(a.blocks().get(2).text().contains("Buses keep running"), a.body());
    }

    @Test
    void readsContentfulRichTextAndEditorJsBlocks() throws Exception {
        ArticleContent contentful = parse("""
                {"sys": {"id": "x1"}, "fields": {"title": "Council approves bridge repairs", "body": {
                  "nodeType": "document", "content": [
                    {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "%s"}]},
                    {"nodeType": "heading-2", "content": [{"nodeType": "text", "value": "What changes"}]},
                    {"nodeType": "unordered-list", "content": [
                      {"nodeType": "list-item", "content": [{"nodeType": "paragraph",
                        "content": [{"nodeType": "text", "value": "Two lanes close"}]}]}]},
                    {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "%s"}]}]}}}"""
                .formatted(FIRST, SECOND));
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.LIST, Block.Type.PARAGRAPH),
                types(contentful), contentful.body());
        ArticleContent editorJs = parse("""
                {"time": 1709630100000, "blocks": [
                  {"type": "header", "data": {"text": "Council approves bridge repairs", "level": 1}},
                  {"type": "paragraph", "data": {"text": "%s"}},
                  {"type": "list", "data": {"style": "ordered", "items": ["Two lanes close", "Buses keep running"]}},
                  {"type": "paragraph", "data": {"text": "The <b>mayor</b> said %s"}}]}"""
                .formatted(FIRST, SECOND.substring("The mayor said ".length())));
        assertEquals("Council approves bridge repairs", editorJs.title());
        assertTrue(editorJs.blocks().stream().anyMatch(b -> b.type() == Block.Type.LIST && b.ordered()),
                editorJs.body());
        assertTrue(editorJs.body().contains(SECOND), "inline bold read as text: " + editorJs.body());
    }

    @Test
    void readsAMarkdownBodyAndTheExcerptTheEditorWrote() throws Exception {
        // Ghost fills "excerpt" with the text's first words when the editor wrote no "custom_excerpt".
        ArticleContent a = parse("""
                {"title": "Council approves bridge repairs", "custom_excerpt": null, "excerpt": "The city council appro",
                 "content": "## What changes\\n\\n%s **Work starts in May.**\\n\\n%s"}""".formatted(FIRST, SECOND));
        assertEquals(Block.Type.HEADING, a.blocks().get(0).type(), a.body());
        assertTrue(a.body().contains("Work starts in May.") && !a.body().contains("**"), a.body());
        assertEquals(FIRST + " Work starts in May.", a.summary(), "the lede, not the cut excerpt");
    }

    @Test
    void readsStrapiBlocksListsItemByItem() throws Exception {
        ArticleContent a = parse("""
                {"data": {"title": "Council approves bridge repairs", "content": [
                  {"type": "paragraph", "children": [{"type": "text", "text": "%s"}]},
                  {"type": "list", "format": "ordered", "children": [
                    {"type": "list-item", "children": [{"type": "text", "text": "Roads first."}]},
                    {"type": "list-item", "children": [{"type": "text", "text": "Schools second."}]}]}]}}"""
                .formatted(FIRST));
        Block list = a.blocks().get(1);
        assertTrue(list.ordered(), a.body());
        assertEquals("Roads first.\nSchools second.", list.text());
    }

    @Test
    void takesTheTitledArticleBesideAWidgetsTextAndReadsAFootnoteAsText() throws Exception {
        ArticleContent a = parse("""
                {"post": {"title": "Council approves bridge repairs", "html": "<p>%s</p><p>%s</p>"},
                 "newsletter": {"text": "Sign up for our morning briefing."}}""".formatted(FIRST, SECOND));
        assertEquals(List.of(FIRST, SECOND), texts(a));
        ArticleContent plain = parse("""
                {"title": "Council approves bridge repairs", "body": "%s\\n\\n* Names of residents were changed.\\nThe council did not comment."}"""
                .formatted(FIRST));
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.PARAGRAPH), types(plain), plain.body());
    }

    private static ArticleContent parse(String json) throws RejectedFileException {
        return ParserTestSupport.PARSER.parse(json.getBytes(StandardCharsets.UTF_8), "export.json");
    }

    private static List<String> texts(ArticleContent a) {
        return a.blocks().stream().map(Block::text).toList();
    }

    private static List<Block.Type> types(ArticleContent a) {
        return a.blocks().stream().map(Block::type).toList();
    }
}
