package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Source;
import dev.newsdesk.views.RankedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml describes what the code serves: its schemas have the records' fields, its paths are the
 * routes. (Its validity is Redocly's job, in `mvn verify`.)
 */
class OpenApiContractTest {

    private static JsonNode spec;

    @BeforeAll
    static void read() throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/openapi.yaml").toFile());
    }

    @Test
    void theArticleSchemasHaveTheRecordsFields() {
        Set<String> listed = properties("ArticleSummary");
        JsonNode extra = spec.at("/components/schemas/Article/allOf/1/properties");
        Set<String> whole = new TreeSet<>(listed);
        extra.fieldNames().forEachRemaining(whole::add);

        assertEquals(articleFields(), whole);
        assertEquals(Set.of("body", "blocks", "html"), difference(whole, listed),
                "listings leave out body, blocks and html");
        assertEquals(components(dev.newsdesk.article.Image.class), properties("Image"));
        assertEquals(components(Source.class), properties("Source"));
        assertEquals(components(RankedArticle.class), properties("RankedArticle"));
        assertEquals(components(ArticleApi.ArticleList.class), properties("ArticleList"));
        assertEquals(components(ArticleApi.Ranking.class), properties("Ranking"));
    }

    @Test
    void theEditorSchemasHaveTheRecordsFields() {
        assertEquals(components(UploadApi.UploadList.class), properties("UploadList"));
        assertEquals(components(UploadApi.Upload.class), properties("Upload"));
        assertEquals(components(dev.newsdesk.ingest.FailureAdvice.class), properties("FailureAdvice"));
        assertEquals(components(UploadGrants.Grant.class), properties("UploadGrant"));
        assertEquals(components(ViewHistoryApi.Chart.class), properties("ViewChart"));
    }

    @Test
    void thePathsAreTheRoutes() {
        Set<String> paths = new TreeSet<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        Set<String> routes = Arrays.stream(ApiRouter.Route.values()).filter(r -> r != ApiRouter.Route.NONE)
                .map(ApiRouter.Route::template).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(routes, paths);
    }

    /** The article's own fields and its content's, unwrapped; the format is served once, in {@code source}. */
    private static Set<String> articleFields() {
        Set<String> fields = components(Article.class);
        fields.remove("content");
        fields.addAll(components(ArticleContent.class));
        fields.remove("format");
        return fields;
    }

    private static Set<String> properties(String schema) {
        Set<String> names = new TreeSet<>();
        spec.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
