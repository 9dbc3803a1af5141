package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A JSON tree that keeps only the named fields is, in what it keeps, the tree readTree builds. */
class PrunedJsonTest {

    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private static final String GRAPH = """
            {"@context": "https://schema.org", // a comment, as pages write
             "@graph": [
               {"@type": "Organization", "name": "Example", "logo": {"url": "https://example.com/logo.png"}},
               {"@type": ["NewsArticle"], "headline": "A bridge reopens", "wordCount": 412, "rating": 4.50,
                "views": 12345678901, "big": 123456789012345678901234567890, "free": true, "paywall": false,
                "author": [{"@type": "Person", "name": "Jane Roe"}, null], "headline": "The bridge reopens",},
             ]}
            """;

    @Test
    void keepingEveryFieldBuildsTheTreeReadTreeBuilds() throws IOException {
        Set<String> all = Set.of("@context", "@graph", "@type", "name", "logo", "url", "headline", "wordCount",
                "rating", "views", "big", "free", "paywall", "author");
        JsonNode pruned = new PrunedJson(LENIENT, all).read(GRAPH);
        assertEquals(new ObjectMapper(LENIENT).readTree(GRAPH), pruned);
        assertEquals("The bridge reopens", pruned.path("@graph").path(1).path("headline").asText());
    }

    @Test
    void leavesOutTheFieldsNotNamedAtEveryLevel() throws IOException {
        JsonNode pruned = new PrunedJson(LENIENT, Set.of("@graph", "@type", "headline", "author", "name")).read(GRAPH);
        JsonNode article = pruned.path("@graph").path(1);
        assertEquals(Set.of("@type", "headline", "author"), Set.copyOf(iterable(article.fieldNames())));
        assertEquals("Jane Roe", article.path("author").path(0).path("name").asText());
        assertTrue(pruned.path("@graph").path(0).path("logo").isMissingNode());
        assertTrue(pruned.path("@context").isMissingNode());
    }

    @Test
    void refusesBrokenJsonInAFieldItLeavesOut() {
        PrunedJson reader = new PrunedJson(LENIENT, Set.of("headline"));
        assertThrows(IOException.class, () -> reader.read("{\"headline\": \"x\", \"logo\": {\"url\": [1, 2}}"));
    }

    @Test
    void readsNothingAsAMissingNode() throws IOException {
        assertTrue(new PrunedJson(LENIENT, Set.of("name")).read("  ").isMissingNode());
    }

    private static <T> java.util.List<T> iterable(java.util.Iterator<T> it) {
        java.util.List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
