package dev.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import dev.newsdesk.testing.S3Events;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/** S3 delivers events at least once and in any order: duplicates and late events change nothing. */
@ExtendWith(LocalAws.class)
class IngestOrderingTest {

    private static String article(String section, String title, String sentence) {
        return section + "\n\n" + title + "\n\n" + sentence + " " + sentence + "\n\n" + sentence;
    }

    @Test
    void theSameEventTwiceChangesNothing(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String text = article("Monde", "Un sommet international s'ouvre à Genève",
                "Les délégations de quarante pays se retrouvent pour trois jours de négociations.");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        env.s3().putObject(b -> b.bucket(env.bucket()).key("monde/geneve.txt"), RequestBody.fromBytes(bytes));
        var record = S3Events.created(env.bucket(), "monde/geneve.txt", bytes.length, "etag", null);

        pipeline.ingestFunction().handle(S3Events.event(record), null);
        var first = pipeline.services().uploads().find(env.bucket(), "monde/geneve.txt").orElseThrow();
        pipeline.ingestFunction().handle(S3Events.event(record), null);
        var second = pipeline.services().uploads().find(env.bucket(), "monde/geneve.txt").orElseThrow();

        assertEquals(first, second);
        assertEquals(1, pipeline.getJson("/articles").get("articles").size());
    }

    @Test
    void anOlderEventArrivingLateIsIgnored(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String oldSequencer = S3Events.nextSequencer();
        pipeline.upload("monde/v.txt", article("Monde", "Version deux du titre", "Le texte de la seconde version."));

        // The first upload's event is delivered only now, after the second's.
        String oldText = article("Monde", "Version une du titre", "Le texte de la première version.");
        pipeline.ingestFunction().handle(S3Events.event(S3Events.created(env.bucket(), "monde/v.txt",
                oldText.length(), "old", oldSequencer)), null);

        var articles = pipeline.getJson("/articles").get("articles");
        assertEquals(1, articles.size());
        assertEquals("Version deux du titre", articles.get(0).get("title").asText());
    }

    @Test
    void aDeleteFollowedByALateCreateDoesNotResurrect(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String text = article("Monde", "Un article bientôt retiré", "Ce texte sera supprimé par son auteur.");
        String createSequencer = pipeline.upload("monde/gone.txt", text);
        pipeline.delete("monde/gone.txt");

        pipeline.ingestFunction().handle(S3Events.event(S3Events.created(env.bucket(), "monde/gone.txt",
                text.length(), "etag", createSequencer)), null);

        assertEquals(0, pipeline.getJson("/articles").get("articles").size());
        assertEquals("DELETED", pipeline.services().uploads().find(env.bucket(), "monde/gone.txt")
                .orElseThrow().state().name());
    }

    @Test
    void aNewVersionKeepsTheSlugAndTheViews(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("eco/budget.txt", article("Économie", "Le budget est adopté", "Le vote a eu lieu hier soir."));
        String slug = "le-budget-est-adopte";
        pipeline.get("/articles/" + slug);
        pipeline.get("/articles/" + slug);

        pipeline.upload("eco/budget.txt", article("Économie", "Le budget est finalement adopté",
                "Le vote a eu lieu hier soir après un long débat."));

        var article = pipeline.getJson("/articles/" + slug);
        assertEquals("Le budget est finalement adopté", article.get("title").asText());
        assertEquals(3, article.get("views").asLong(), "two earlier reads and this one");
        assertEquals(1, pipeline.getJson("/articles").get("articles").size());
    }

    @Test
    void aSlugGivenUnderAnEarlierRuleNeverChanges(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        // The status a store written before the transliteration tables changed holds: Russian spelled by ICAO's
        // table then (ю as "iu"), by BGN/PCGN's now ("yu").
        String earlier = "prezident-podpisal-zakon-o-biudzhete";
        pipeline.services().uploads().record(new UploadStatus(env.bucket(), "mir/zakon.txt", UploadStatus.State.PUBLISHED,
                earlier, "Президент подписал закон о бюджете", null, Sequencer.of(S3Events.nextSequencer()).value(),
                "2026-01-05T10:00:00Z", "2026-01-05T10:00:00Z"));

        pipeline.upload("mir/zakon.txt", article("Мир", "Президент подписал закон о бюджете",
                "Закон вступит в силу с первого января следующего года."));

        assertEquals(earlier, pipeline.services().uploads().find(env.bucket(), "mir/zakon.txt").orElseThrow().slug());
        assertEquals(200, pipeline.get("/articles/" + earlier).statusCode());
        assertEquals(404, pipeline.get("/articles/prezident-podpisal-zakon-o-byudzhete").statusCode(),
                "today's rule would spell it so, but the article keeps its address");
    }

    @Test
    void twoFilesWithTheSameTitleGetDistinctSlugs(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String text = article("Sport", "Résultats du week-end", "Tous les scores des matchs de samedi.");
        pipeline.upload("sport/a.txt", text);
        pipeline.upload("sport/b.txt", text);

        String a = pipeline.services().uploads().find(env.bucket(), "sport/a.txt").orElseThrow().slug();
        String b = pipeline.services().uploads().find(env.bucket(), "sport/b.txt").orElseThrow().slug();
        assertEquals("resultats-du-week-end", a);
        assertNotEquals(a, b);
        assertTrue(b.startsWith(a), b);
        assertEquals(2, pipeline.getJson("/articles").get("articles").size());
    }

    @Test
    void aBrokenUpdateKeepsThePublishedVersionOnline(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("eco/ok.txt", article("Économie", "Un article en ligne", "Une phrase de contenu réel."));
        pipeline.upload("eco/ok.txt", new byte[0]);

        assertEquals(200, pipeline.get("/articles/un-article-en-ligne").statusCode());
        var status = pipeline.services().uploads().find(env.bucket(), "eco/ok.txt").orElseThrow();
        assertEquals("FAILED", status.state().name());
        assertEquals("un-article-en-ligne", status.slug());
    }

    @Test
    void aDeletedArticlesSlugAndViewsStayWithItsFile(LocalAws.Env env) {
        Pipeline pipeline = new Pipeline(env);
        String text = article("Sport", "Le derby du dimanche", "Le compte rendu du derby de dimanche soir.");
        pipeline.upload("sport/derby-a.txt", text);
        pipeline.get("/articles/le-derby-du-dimanche");
        pipeline.delete("sport/derby-a.txt");

        pipeline.upload("sport/derby-b.txt", text);
        assertEquals("le-derby-du-dimanche-2",
                pipeline.services().uploads().find(env.bucket(), "sport/derby-b.txt").orElseThrow().slug(),
                "another file does not take over the deleted article's URL");
        assertEquals(1, pipeline.getJson("/articles/le-derby-du-dimanche-2").get("views").asLong(),
                "nor its views: this read is its first");
        assertEquals(404, pipeline.get("/articles/le-derby-du-dimanche").statusCode());

        pipeline.upload("sport/derby-a.txt", text);
        assertEquals(2, pipeline.getJson("/articles/le-derby-du-dimanche").get("views").asLong(),
                "the same file uploaded again gets its slug and views back");
    }
}
