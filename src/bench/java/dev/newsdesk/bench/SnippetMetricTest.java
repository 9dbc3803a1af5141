package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.bench.SnippetMetric.Counts;
import dev.newsdesk.bench.SnippetMetric.Snippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** trafilatura's snippet metric and the corpus's language rule, on inputs small enough to count by hand. */
class SnippetMetricTest {

    private static final double EPS = 1e-9;
    private static final Snippets PAGE = new Snippets(
            List.of("Le Mali ouvre une nouvelle page", "la mission de l’ONU"),
            List.of("Ajouter un commentaire", "Les plus lus"));

    @Test
    void aCleanExtractionFindsEveryWithAndNoWithout() {
        var c = SnippetMetric.count(PAGE, "Le Mali ouvre une nouvelle page.\n\nPuis la mission de l’ONU fin 2023.");
        assertEquals(new Counts(2, 0, 0, 2), c);
        assertEquals(1, c.f1(), EPS);
    }

    @Test
    void keptBoilerplateIsAFalsePositiveAndAMissingSnippetAFalseNegative() {
        var c = SnippetMetric.count(PAGE, "Le Mali ouvre une nouvelle page. Ajouter un commentaire");
        assertEquals(new Counts(1, 1, 1, 1), c);
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(0.5, c.recall(), EPS);
        assertEquals(0.5, c.accuracy(), EPS);
    }

    @Test
    void lineBreaksAndNoBreakSpacesMatchAPlainSpace() {
        // Python's \s on str matches U+00A0; a snippet cut across two blocks still matches the joined text.
        var c = SnippetMetric.count(PAGE, "Le Mali ouvre\n\nune nouvelle\u00a0page  et la   mission de l’ONU");
        assertEquals(2, c.tp());
    }

    @Test
    void matchingIsCaseAndPunctuationExact() {
        var c = SnippetMetric.count(PAGE, "le mali ouvre une nouvelle page; la mission de l'ONU");
        assertEquals(0, c.tp());
    }

    @Test
    void aRefusedPageFindsNothing() {
        assertEquals(new Counts(0, 0, 2, 2), SnippetMetric.count(PAGE, null));
        assertEquals(new Counts(0, 0, 2, 2), SnippetMetric.count(PAGE, ""));
    }

    @Test
    void pagesAreSummedBeforeTheRatios() {
        // micro-average: a page with 3 snippets weighs more than one with 1, unlike a mean of the pages' F1
        Counts total = new Counts(3, 0, 0, 1).plus(new Counts(0, 1, 1, 0));
        assertEquals(new Counts(3, 1, 1, 1), total);
        assertEquals(0.75, total.precision(), EPS);
        assertEquals(0.75, total.recall(), EPS);
        assertEquals(6.0 / 8, total.f1(), EPS);
    }

    @Test
    void nothingToCountScoresZeroNotNaN() {
        assertEquals(0, Counts.NONE.f1(), EPS);
        assertEquals(0, Counts.NONE.precision(), EPS);
    }

    @Test
    void theLongestParagraphsTellTheLanguageOverATemplatesHtmlLang() {
        String prose = "Die Lebensdauer von Bauteilen erhöht sich, und das ist nicht alles, was mit der neuen Technik"
                + " für die Kunden möglich ist. Sie wird auch in der Industrie eingesetzt.";
        assertEquals("de", SnippetCorpus.language(prose, "en-US", PAGE));
    }

    @Test
    void proseOfALanguageTheDetectorDoesNotKnowDecidesNothing() {
        String polish = "Rosjanie sugerują natychmiastowe odcięcie Polski od gazu. W tym roku na rynku nie ma"
                + " jeszcze umowy, a do końca miesiąca zostało kilka dni, o czym mówi minister.";
        assertEquals("pl", SnippetCorpus.language(polish, "pl-PL", PAGE));
    }

    @Test
    void whenTheParagraphsDecideNothingTheHtmlLangsPrimaryTagDoes() {
        assertEquals("fr", SnippetCorpus.language("", "fr-FR", PAGE));
        assertEquals("de", SnippetCorpus.language("12:30 | 4:2", " DE ", PAGE));
        assertEquals("pt", SnippetCorpus.language("", "pt_BR", PAGE));
    }

    @Test
    void withoutEitherTheSnippetsDecide() {
        Snippets french = new Snippets(List.of("Il semble que la présence française au Mali, censée assurer la"
                + " sécurité, soit devenue un problème pour le pays et pour la région."), List.of("Accueil"));
        assertEquals("fr", SnippetCorpus.language("", "", french));
        assertEquals("fr", SnippetCorpus.language("", "fra", french)); // three letters: not an ISO 639-1 code
        assertEquals("?", SnippetCorpus.language("", null, new Snippets(List.of("12:30"), List.of("x"))));
    }
}
