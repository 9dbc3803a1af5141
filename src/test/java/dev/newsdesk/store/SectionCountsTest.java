package dev.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.AwsClients;
import dev.newsdesk.functions.Services;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.RequestCounter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /sections} reads the counts ingest keeps (set once from the lists by the rollup's function on a table
 * written before them), one Query, and agrees with {@code ?section=} and with the
 * counts the whole list gives, through publishing, moving an article to another section and deleting one (spellings
 * that differ in case are folded at read time: SectionTallyTest).
 */
@ExtendWith(LocalAws.class)
class SectionCountsTest {

    @Test
    void sectionsAreOneQueryAndAgreeWithTheListsThroughChanges(LocalAws.Env env) {
        RequestCounter requests = new RequestCounter();
        Pipeline pipeline = new Pipeline(env, Services.with(env.settings(), Clock.systemUTC(),
                AwsClients.s3(env.settings()), env.dynamoWith(c -> c.addExecutionInterceptor(requests))));
        assertTrue(pipeline.services().articles().countSectionsOnce(), "a new table: the rollup's first run marks it");
        pipeline.upload("a.txt", article("News", "Premier sujet"));
        pipeline.upload("b.txt", article("News", "Deuxième sujet"));
        pipeline.upload("c.txt", article("Sport", "Troisième sujet"));
        pipeline.upload("d.txt", article("Sport", "Quatrième sujet"));
        pipeline.upload("e.txt", article("News", "Cinquième sujet"));
        pipeline.upload("c.txt", article("News", "Troisième sujet"));   // moved from Sport to News
        pipeline.upload("c.txt", article("News", "Troisième sujet"));   // the same again: counted once
        pipeline.delete("d.txt");

        requests.reset();
        JsonNode sections = pipeline.getJson("/sections").get("sections");
        assertEquals(Map.of("Query", 1L), requests.byOperation(), "one Query, whatever the number of articles");
        assertEquals("[{\"name\":\"News\",\"articles\":4}]", sections.toString());
        assertEquals(4, pipeline.getJson("/articles?section=news").get("articles").size());
        assertEquals(0, pipeline.getJson("/articles?section=sport").get("articles").size());
        assertEquals(fromTheLists(pipeline), pipeline.services().articles().sections());
    }

    @Test
    void aTableWrittenBeforeTheCountsGetsThemFromTheListsOnce(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("a.txt", article("Culture", "Premier sujet"));
        pipeline.upload("b.txt", article("Sport", "Deuxième sujet"));
        pipeline.upload("c.txt", article("Culture", "Troisième sujet"));
        // As the previous version left the table: no counts.
        env.dynamo().query(b -> b.tableName(env.table()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attr.s(Keys.sections())))).items()
                .forEach(item -> env.dynamo().deleteItem(b -> b.tableName(env.table())
                        .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))));

        List<SectionCount> expected = List.of(new SectionCount("Culture", 2), new SectionCount("Sport", 1));
        assertEquals(expected, pipeline.services().articles().sections(), "from the lists, until they are set");
        assertTrue(pipeline.services().articles().countSectionsOnce());
        assertFalse(pipeline.services().articles().countSectionsOnce(), "once");
        assertEquals(expected, pipeline.services().articles().sections(), "as set");
        pipeline.upload("d.txt", article("Sport", "Quatrième sujet"));
        assertEquals(List.of(new SectionCount("Culture", 2), new SectionCount("Sport", 2)),
                pipeline.services().articles().sections(), "then kept by ingest");
    }

    private static List<SectionCount> fromTheLists(Pipeline pipeline) {
        SectionTally tally = new SectionTally();
        pipeline.services().articles().catalog(null).forEach(a -> tally.add(a.content().section(), 1));
        return tally.counts();
    }

    private static String article(String section, String title) {
        return section + "\n\n" + title + "\n\nUn paragraphe de texte pour " + title.toLowerCase()
                + ", avec des mots en nombre suffisant pour un article.";
    }
}
