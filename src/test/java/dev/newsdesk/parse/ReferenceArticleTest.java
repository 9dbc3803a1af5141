package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Entity;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Quote;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's reference article (a French page dump) parsed end to end: every fact issue 3 pins. */
class ReferenceArticleTest {

    private static ArticleContent article;

    @BeforeAll
    static void parse() throws IOException, RejectedFileException {
        try (InputStream in = ReferenceArticleTest.class.getResourceAsStream("/samples/politique-mali-russie.txt")) {
            article = new ArticleParser().parse(in.readAllBytes(), "politique-mali-russie.txt");
        }
    }

    @Test
    void readsAsATextDumpInFrench() {
        assertEquals(Format.TEXT, article.format());
        assertEquals("fr", article.language());
    }

    @Test
    void takesTheSectionFromTheFirstShortLine() {
        assertEquals("Politique", article.section());
    }

    @Test
    void takesTheExactTitle() {
        assertEquals("Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire",
                article.title());
    }

    @Test
    void keepsExactlyTheFourArticleParagraphs() {
        String[] paragraphs = article.body().split("\n\n");
        assertEquals(4, paragraphs.length);
        assertTrue(paragraphs[0].startsWith("Il semble que la présence française au Mali"));
        assertTrue(paragraphs[1].startsWith("Mali Diop a salué les « progrès significatifs »"));
        assertTrue(paragraphs[2].startsWith("De son côté, M. Lavrov a souligné que"));
        assertTrue(paragraphs[3].startsWith("L’entretien s’est tourné vers le diplomate malien"));
        assertTrue(paragraphs[3].endsWith("puis la mission de l’ONU fin 2023."));
        assertEquals(4, article.blocks().size());
    }

    @Test
    void movesTheInjectedTeaserToRelated() {
        assertFalse(article.body().contains("Mauritanie"));
        assertEquals(1, article.related().size());
        assertTrue(article.related().get(0).title().startsWith("La Mauritanie lance une campagne de vaccination"));
    }

    @Test
    void dropsTheCommentFormAndWidgetsAfterTheArticle() {
        for (String chrome : new String[] {"Ajouter un commentaire", "Leave a Reply", "Votre adresse", "Les plus lus",
                "To Top"}) {
            assertFalse(article.body().contains(chrome), chrome);
        }
    }

    @Test
    void attributesLavrovsQuote() {
        Quote q = article.quotes().stream()
                .filter(x -> x.text().equals("la coopération militaire et militaro-technique est active"))
                .findFirst().orElseThrow();
        assertTrue(q.speaker() != null && q.speaker().contains("Lavrov"), String.valueOf(q.speaker()));
    }

    @Test
    void attributesDiopsQuoteSaidAfterTheQuote() {
        Quote q = article.quotes().stream().filter(x -> x.text().startsWith("Nous devons poursuivre"))
                .findFirst().orElseThrow();
        assertEquals("Abdoulaye Diop", q.speaker());
    }

    @Test
    void findsThePeopleAndPlaces() {
        assertEntity("Abdoulaye Diop", Entity.Type.PERSON);
        assertEntity("Sergueï Lavrov", Entity.Type.PERSON);
        assertEntity("Mali", Entity.Type.PLACE);
        assertEntity("Russie", Entity.Type.PLACE);
        assertEntity("Moscou", Entity.Type.PLACE);
        assertTrue(article.entities().stream().anyMatch(e -> e.name().equals("Kidal")), "Kidal");
        assertFalse(article.entities().stream().anyMatch(e -> e.name().equals("Lavrov")),
                "a lone surname folds into the full name");
    }

    @Test
    void countsWordsAndHashesTheBody() {
        assertEquals(dev.newsdesk.parse.meta.Words.count(article.body()), article.wordCount());
        assertTrue(article.wordCount() > 300 && article.wordCount() < 450, "words: " + article.wordCount());
        assertEquals(2, article.readingTimeMinutes());
        assertEquals(64, article.contentHash().length());
        assertTrue(article.summary().startsWith("Il semble que la présence française au Mali"));
        assertTrue(article.keywords().contains("mali"));
    }

    private static void assertEntity(String name, Entity.Type type) {
        assertTrue(article.entities().contains(new Entity(name, type)), name + " as " + type + " in " + article.entities());
    }
}
