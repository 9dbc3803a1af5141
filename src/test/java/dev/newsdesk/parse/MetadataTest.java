package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Entity;
import dev.newsdesk.article.Quote;
import dev.newsdesk.parse.meta.EntityExtractor;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata every format shares: language, entities, quotes, dates from markup. */
class MetadataTest {

    @Test
    void detectsEachKnownLanguage() {
        assertEquals("en", LanguageDetector.detect("The mayor said that the bridge would be open by the end of the year.", null));
        assertEquals("fr", LanguageDetector.detect("Le maire a dit que le pont serait ouvert avant la fin de l’année.", null));
        assertEquals("de", LanguageDetector.detect("Der Bürgermeister sagte, dass die Brücke bis zum Ende des Jahres offen sei.", null));
        assertEquals("es", LanguageDetector.detect("El alcalde dijo que el puente estará abierto antes de que termine el año.", null));
        assertEquals("it", LanguageDetector.detect("Il sindaco ha detto che il ponte sarà aperto entro la fine dell’anno.", null));
        assertEquals("pt", LanguageDetector.detect("O prefeito disse que a ponte vai estar aberta até o fim do ano e que não há atraso.", null));
    }

    @Test
    void stripsATitleFromAPersonsName() {
        List<Entity> e = EntityExtractor.extract("On Monday, President Trump met the press. Later, Trump left.");
        assertTrue(e.contains(new Entity("Trump", Entity.Type.PERSON)), e.toString());
    }

    @Test
    void readsAFamilyNameAfterTwoParticlesAsOnePersonsName() {
        List<Entity> e = EntityExtractor.extract("Gisteren sprak Pieter van den Berg met de pers.");
        assertTrue(e.contains(new Entity("Pieter van den Berg", Entity.Type.PERSON)), e.toString());
        e = EntityExtractor.extract("Am Montag traf Ursula von der Leyen in Brüssel ein.");
        assertTrue(e.contains(new Entity("Ursula von der Leyen", Entity.Type.PERSON)), e.toString());
        e = EntityExtractor.extract("Ayer habló Ana de la Fuente con la prensa.");
        assertTrue(e.contains(new Entity("Ana de la Fuente", Entity.Type.PERSON)), e.toString());
    }

    @Test
    void attributesAnEnglishQuoteSaidAfterIt() throws Exception {
        ArticleContent a = ParserTestSupport.parse("Bridge reopens\n\nThe bridge reopened on Monday after two "
                + "years of repairs, and drivers were back on it within the hour. Mayor Jane Doe visited the site.\n\n"
                + "\"We kept our promise to the city,\" said Jane Doe, standing beside the new railings.", "a.txt");
        Quote q = a.quotes().get(0);
        assertEquals("We kept our promise to the city", q.text());
        assertEquals("Jane Doe", q.speaker());
    }

    @Test
    void readsTheDateFromAnItempropList() throws Exception {
        String html = "<html><head><meta property=\"article:published\" itemprop=\"datePublished dateCreated\" "
                + "content=\"2019-11-19T11:00:09.000Z\"></head><body><article><p>" + ParserTestSupport.ENGLISH_PROSE
                + "</p></article></body></html>";
        assertEquals("2019-11-19T11:00:09+00:00", ParserTestSupport.parse(html, "a.html").publishedAt());
    }
}
