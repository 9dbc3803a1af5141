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
    void transliteratesCyrillicAndGreekWithThePassportTables() {
        assertEquals("prezident-podpisal-zakon-o-biudzhete", Slugs.fromTitle("Президент подписал закон о бюджете"));
        assertEquals("shchedryi-ezhik", Slugs.fromTitle("Щедрый ёжик"));
        assertEquals("kiiv-i-lviv", Slugs.fromTitle("Київ і Львів"));
        assertEquals("i-kyvernisi-anakoinose-neo-proypologismo",
                Slugs.fromTitle("Η κυβέρνηση ανακοίνωσε νέο προϋπολογισμό"));
    }

    @Test
    void keepsTheLettersOfScriptsWithNoStandardLatinSpelling() {
        assertEquals("北京大学-2024年", Slugs.fromTitle("北京大学 2024年"));
        assertEquals("서울-시장-선거", Slugs.fromTitle("서울 시장 선거"));
        assertEquals("मुंबई-में-बारिश", Slugs.fromTitle("मुंबई में बारिश!"));
        assertTrue(Slugs.isValid(Slugs.fromTitle("北京大学 2024年")));
        assertTrue(Slugs.isValid(Slugs.fromTitle("मुंबई में बारिश!")));
    }

    @Test
    void aLongTitleInAnAstralScriptIsNeverCutInsideACharacter() {
        String slug = Slugs.fromTitle("𠀋".repeat(80));
        assertTrue(Slugs.isValid(slug), slug);
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
        assertFalse(Slugs.isValid("Президент"), "upper case");
        assertFalse(Slugs.isValid("a\u202eb"), "a direction override is no letter");
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid(null));
    }
}
