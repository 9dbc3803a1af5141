package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Related;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A made-up French news page with the usual chrome around its article: only the article is kept. */
class FrenchPageTest {

    private static ArticleContent article;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = FrenchPageTest.class.getResourceAsStream("/samples/greve-transports.html")) {
            article = new ArticleParser().parse(in.readAllBytes(), "greve-transports.html");
        }
    }

    @Test
    void keepsTheParagraphsAndTheSubheadingOnly() {
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.HEADING, Block.Type.PARAGRAPH,
                Block.Type.PARAGRAPH), article.blocks().stream().map(Block::type).toList());
        for (String chrome : new String[] {"Accueil", "Partager", "quai de gare", "newsletter", "Commentaires",
                "Encore une grève", "Les plus lus", "séisme", "Tous droits"}) {
            assertFalse(article.body().contains(chrome), chrome);
        }
    }

    @Test
    void takesTitleAuthorAndDateFromTheMarkup() {
        assertEquals("Grève des transports : le trafic perturbé jeudi", article.title());
        assertEquals(List.of("Marie Martin"), article.authors());
        assertEquals("2024-03-14T08:30:00+01:00", article.publishedAt());
        assertEquals("fr", article.language());
    }

    @Test
    void keepsTheReadAlsoTeaserAsRelated() {
        assertEquals(List.of(new Related("Réforme des retraites, ce qui change pour les cheminots", null)),
                article.related());
    }

    @Test
    void attributesTheUnionLeadersQuote() {
        assertEquals("Jean Dupont", article.quotes().stream()
                .filter(q -> q.text().startsWith("Nous n’avons pas eu d’autre choix")).findFirst().orElseThrow()
                .speaker());
    }
}
