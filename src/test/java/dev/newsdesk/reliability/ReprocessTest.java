package dev.newsdesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.ingest.IngestOutcome;
import dev.newsdesk.ingest.Reprocessor;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Reprocessing re-parses every object through the ingest code: the article takes the current parser's output,
 * keeps its slug, first publication and views, a deleted key stays deleted, and a stopped run resumes.
 */
@ExtendWith(LocalAws.class)
class ReprocessTest {

    private static String article(String section, String title, String sentence) {
        return section + "\n\n" + title + "\n\n" + sentence + " " + sentence + "\n\n" + sentence;
    }

    private static Reprocessor reprocessor(Pipeline pipeline) {
        return new Reprocessor(pipeline.services().s3(), pipeline.services().ingestor());
    }

    @Test
    void updatesAnArticleAnOlderParserWroteAndKeepsItsSlugAndViews(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("eco/taux.txt", article("Économie", "La banque centrale relève ses taux",
                "La décision vise à freiner une inflation qui reste élevée depuis le début de l'année."));
        UploadStatus before = pipeline.services().uploads().find(env.bucket(), "eco/taux.txt").orElseThrow();
        String slug = before.slug();
        pipeline.get("/articles/" + slug);
        pipeline.get("/articles/" + slug);

        // What an older parser had stored for the same object and event: a boilerplate line left in the body.
        ArticleStore store = pipeline.services().articles();
        Article current = store.find(slug).orElseThrow();
        ArticleContent old = new ArticleContent("La banque centrale relève ses taux", current.content().section(),
                current.content().language(), current.content().summary(), current.content().body() + "\n\nPartager sur Facebook", current.content().blocks(),
                current.content().html(), current.content().image(), current.content().canonicalUrl(), current.content().related(), current.content().authors(), current.content().publishedAt(), current.content().keywords(), current.content().entities(),
                current.content().quotes(), current.content().wordCount() + 3, current.content().readingTimeMinutes(), current.source().format(),
                "old-parser-hash");
        assertEquals(ArticleStore.PutResult.WRITTEN, store.put(new Article(slug, old, current.source(), 0,
                current.ingestedAt(), current.updatedAt()), env.bucket() + "/eco/taux.txt", before.sequencer(),
                before.firstPublishedAt(), before).result());
        assertTrue(pipeline.getJson("/articles/" + slug).get("body").asText().endsWith("Partager sur Facebook"));

        List<IngestOutcome> outcomes = new ArrayList<>();
        var result = reprocessor(pipeline).run(env.bucket(), "", null, () -> false, listener(outcomes));

        assertTrue(result.complete());
        assertEquals(List.of(IngestOutcome.Result.PUBLISHED), outcomes.stream().map(IngestOutcome::result).toList());
        var article = pipeline.getJson("/articles/" + slug);
        assertFalse(article.get("body").asText().contains("Partager"), "the current parser's body");
        assertEquals(current.content().contentHash(), article.get("contentHash").asText());
        assertEquals(4, article.get("views").asLong(), "two reads before, the read that showed the old body, this one");
        UploadStatus after = pipeline.services().uploads().find(env.bucket(), "eco/taux.txt").orElseThrow();
        assertEquals(slug, after.slug());
        assertEquals(before.sequencer(), after.sequencer(), "ordering untouched: the next real event still wins");
        assertEquals(before.firstPublishedAt(), after.firstPublishedAt());
        assertEquals(1, pipeline.getJson("/articles").get("articles").size(), "no second list entry");
    }

    @Test
    void neverBringsBackADeletedKeyAndPublishesAKeyWhoseEventWasLost(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("monde/gone.txt", article("Monde", "Un article retiré", "Ce texte a été supprimé."));
        pipeline.delete("monde/gone.txt");
        // The object is back in the bucket, but its event has not been delivered yet (it will publish it itself).
        env.s3().putObject(b -> b.bucket(env.bucket()).key("monde/gone.txt"),
                RequestBody.fromString(article("Monde", "Un article retiré", "Ce texte a été supprimé.")));
        // An object whose event was lost altogether.
        env.s3().putObject(b -> b.bucket(env.bucket()).key("monde/lost.txt"),
                RequestBody.fromString(article("Monde", "Un événement perdu", "S3 n'a jamais prévenu l'ingestion.")));

        List<IngestOutcome> outcomes = new ArrayList<>();
        reprocessor(pipeline).run(env.bucket(), "monde/", null, () -> false, listener(outcomes));

        assertEquals(IngestOutcome.Result.SKIPPED, outcomes.get(0).result(), outcomes.get(0).toString());
        assertEquals(404, pipeline.get("/articles/un-article-retire").statusCode());
        assertEquals(IngestOutcome.Result.PUBLISHED, outcomes.get(1).result(), outcomes.get(1).toString());
        assertEquals(200, pipeline.get("/articles/un-evenement-perdu").statusCode());

        // The lost key got the smallest sequencer: a real event for it, however old, still applies.
        pipeline.upload("monde/lost.txt", article("Monde", "Un événement perdu", "Une version corrigée du texte."));
        assertTrue(pipeline.getJson("/articles/un-evenement-perdu").get("body").asText().contains("corrigée"));
    }

    @Test
    void aStoppedRunResumesAfterTheLastKeyDone(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        for (int i = 1; i <= 5; i++) {
            pipeline.upload("sport/match-" + i + ".txt", article("Sport", "Le match numéro " + i + " est joué",
                    "Les deux équipes se sont quittées sur un score nul au terme d'une rencontre animée."));
        }
        List<IngestOutcome> first = new ArrayList<>();
        var stopped = reprocessor(pipeline).run(env.bucket(), "sport/", null, () -> first.size() >= 2,
                listener(first));
        assertFalse(stopped.complete());
        assertEquals(2, stopped.processed());

        List<IngestOutcome> second = new ArrayList<>();
        int[] skipped = {-1};
        var resumed = reprocessor(pipeline).run(env.bucket(), "sport/", first.get(1).key(), () -> false,
                new Reprocessor.Listener() {
                    @Override
                    public void started(int total, int alreadyDone) {
                        skipped[0] = alreadyDone;
                    }

                    @Override
                    public void done(IngestOutcome outcome) {
                        second.add(outcome);
                    }
                });

        assertTrue(resumed.complete());
        assertEquals(5, resumed.total());
        assertEquals(2, skipped[0]);
        assertEquals(List.of("sport/match-3.txt", "sport/match-4.txt", "sport/match-5.txt"),
                second.stream().map(IngestOutcome::key).toList());
        assertNotEquals(first.get(1).key(), second.get(0).key());
        assertEquals(5, pipeline.getJson("/articles?section=sport").get("articles").size());
    }

    private static Reprocessor.Listener listener(List<IngestOutcome> outcomes) {
        return new Reprocessor.Listener() {
            @Override
            public void started(int total, int alreadyDone) {
            }

            @Override
            public void done(IngestOutcome outcome) {
                outcomes.add(outcome);
            }
        };
    }
}
