package dev.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndPunctuationIntoHyphens() {
        assertEquals("avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire",
                Slugs.fromTitle("Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire"));
        assertEquals("l-ete-a-sao-paulo-strasse-coeur", Slugs.fromTitle("L’été à São Paulo — Straße « cœur »"));
    }

    @Test
    void aTitleWithoutLettersStillGetsASlug() {
        assertEquals("article", Slugs.fromTitle("«  »  !!!"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("mot ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(slug.endsWith("mot"), slug);
    }

    @Test
    void variantsNumberFromTwo() {
        assertEquals("titre", Slugs.variant("titre", 1));
        assertEquals("titre-2", Slugs.variant("titre", 2));
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertTrue(Slugs.isValid("un-titre-2"));
        assertFalse(Slugs.isValid("Un-Titre"));
        assertFalse(Slugs.isValid("../etc/passwd"));
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid(null));
    }
}
