package dev.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's JSON is the public contract and the stored form: these pin it field by field. */
class ArticleJsonTest {

    private static final ObjectMapper JSON = ArticleJson.mapper();

    private static final ArticleContent CONTENT = new ArticleContent("Un titre", "Politique", "fr", "Le résumé.",
            "Premier paragraphe.\n\nDeuxième.", List.of(Block.heading("Intertitre"), Block.paragraph("Premier paragraphe."),
                    Block.list("Un\nDeux", true), Block.list("Trois", false),
                    Block.table(List.of(List.of("Ligne", "De"), List.of("N1", "Gare")), true),
                    Block.image("https://img.example/a.jpg", "Une rue", "La rue, hier.", "Photo X")),
            "<h2>Intertitre</h2>\n<p>Premier paragraphe.</p>\n",
            new Image("https://img.example/a.jpg", "Une rue", "La rue, hier.", "Photo X", 1200, 800),
            "https://news.example/politique/un-titre", List.of(new Related("Une autre histoire", null)), List.of("Awa Diop"), "2026-11-29",
            List.of("mali", "russie"), List.of(new Entity("Bamako", Entity.Type.PLACE)),
            List.of(new Quote("Nous continuerons", "Awa Diop")), 357, 2, Format.TEXT, "ab12");
    private static final Source SOURCE = new Source("bucket", "politique/mali.txt", Format.TEXT, "etag", null);

    private static final String FULL = """
            {"slug":"un-titre","title":"Un titre","section":"Politique","language":"fr","summary":"Le résumé.",\
            "body":"Premier paragraphe.\\n\\nDeuxième.","blocks":[{"type":"heading","text":"Intertitre"},\
            {"type":"paragraph","text":"Premier paragraphe."},{"type":"list","text":"Un\\nDeux","ordered":true},\
            {"type":"list","text":"Trois"},{"type":"table","text":"Ligne | De\\nN1 | Gare",\
            "rows":[["Ligne","De"],["N1","Gare"]],"header":true},{"type":"image","url":"https://img.example/a.jpg",\
            "alt":"Une rue","caption":"La rue, hier.","credit":"Photo X"}],\
            "html":"<h2>Intertitre</h2>\\n<p>Premier paragraphe.</p>\\n","image":{"url":"https://img.example/a.jpg",\
            "alt":"Une rue","caption":"La rue, hier.","credit":"Photo X","width":1200,"height":800},\
            "canonicalUrl":"https://news.example/politique/un-titre","related":[{"title":"Une autre histoire","url":null}],\
            "authors":["Awa Diop"],"publishedAt":"2026-11-29","keywords":["mali","russie"],\
            "entities":[{"name":"Bamako","type":"place"}],"quotes":[{"text":"Nous continuerons","speaker":"Awa Diop"}],\
            "wordCount":357,"readingTimeMinutes":2,"views":7,"source":{"bucket":"bucket","key":"politique/mali.txt",\
            "format":"text","etag":"etag","versionId":null},"contentHash":"ab12","ingestedAt":"2026-11-29T02:01:06Z",\
            "updatedAt":"2026-11-30T08:00:00Z"}""";

    private static Article article() {
        return new Article("un-titre", CONTENT, SOURCE, 7, "2026-11-29T02:01:06Z", "2026-11-30T08:00:00Z");
    }

    @Test
    void theWholeArticleHasEveryFieldAtTheTopLevel() throws Exception {
        assertEquals(JSON.readTree(FULL), JSON.readTree(JSON.writeValueAsString(article())));
    }

    @Test
    void aListingLeavesOutBodyBlocksAndHtml() throws Exception {
        JsonNode expected = JSON.readTree(FULL);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove(List.of("body", "blocks", "html"));
        assertEquals(expected, JSON.readTree(JSON.writeValueAsString(article().withoutBody())));
    }

    @Test
    void theStoredFormReadsBackAsTheSameArticle() throws Exception {
        assertEquals(article(), JSON.readValue(FULL, Article.class));
        assertEquals(article().withoutBody(), JSON.readValue(JSON.writeValueAsString(article().withoutBody()),
                Article.class));
    }
}
