package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick test a walk asks of every short text: may it open a byline? */
class BylinesTest {

    @Test
    void aTextOpeningWithALabelOfAnyLanguageMayOpenAByline() {
        for (String raw : List.of("By Jane Doe", "by", "Written by Jane Doe", "Posted by:", "Submitted by Jo Roe",
                "Published by Jane Doe", "Reported by Jo Roe", "Text by Jo Roe", "Story by Jo Roe", "Words by Jo Roe",
                "Von Jana Berger", "Geschrieben von Jana Berger", "Verfasst von Jana", "Erstellt von Jana",
                "Gespeichert von Jana", "Eingestellt von Jana", "Veröffentlicht von Jana", "Ein Beitrag von Jana",
                "Blog Beitrag von Jana", "Beitrag von Jana", "Gastbeitrag von Jana", "Text: Jana", "Par Marie",
                "Écrit par Marie", "Publié par Marie", "Texte par Marie", "Texte : Marie", "Por Ana", "Escrito por Ana",
                "Publicado por Ana", "Texto por Ana", "Texto de Ana", "Scritto da Luca", "Di Luca", "De Ana",
                "Auteur : Marie", "Auteurs", "Author: Jane", "Authors", "Autor: Jana", "Autorin Jana", "Autoren",
                "Autori: Luca", "Redaktion: Jana", "Door Sanne", "A cura di Luca", "Interview: Jana", "Fragen: Jana",
                "Questions : Marie", "Das Gespräch führte Jana", "Interviewed by Jane",
                "Testo di Luca", "Tekst: Sanne", "Autorka: Anna", "Autorzy: Anna", "Text und Fotos: Jana",
                "Texte et photos : Marie", "Texto y fotos: Ana", "Napisał Jan", "Napisała Anna",
                "Autor tekstu: Jan", "Av Lars", "Af Mette", "Reporting by Jane", "Additional reporting by Jane",
                "Ein Kommentar von Jana", "Eine Analyse von Jana", "Ein Interview von Jana", "Opinion by Jane",
                "Commentary by Jane", "An interview by Jane", "Column by Jane", "Propos recueillis par Marie",
                "Entretien réalisé par Marie", "Une tribune de Marie", "Chronique par Marie", "Una entrevista de Ana",
                "Columna por Ana", "Una intervista di Luca", "Rozmawiała Anna", "Rozmawiał Jan", "Автор: Иван",
                "Текст: Иван", "Συντάκτης: Γιώργος", "Γράφει ο Γιώργος", "Του Γιώργου", "Της Μαρίας",
                "Un'intervista di Luca", "Analisi a cura di Luca", "Entrevista realizada por Ana", "Opinión por Ana",
                "Análisis por Ana", "Rozmawiały Anna", "Авторы: Иван", "Авторка Анна", "Συντάκτρια: Μαρία",
                "Blogbeitrag von Jana", "Eine Reportage von Jana", "With Jane Doe")) {
            assertTrue(Bylines.mayOpenByline(raw), raw);
            assertTrue(Bylines.mayOpenByline(raw.toUpperCase(java.util.Locale.ROOT)), raw.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aLabelWhoseOptionalSpacesAreLeftOutStillMayOpenAByline() {
        for (String raw : List.of("Textundfotos: Jana", "Texteetphotos: Marie", "Tekst/foto: Sanne", "Autorin: Jana")) {
            assertTrue(Bylines.mayOpenByline(raw), raw);
            assertTrue(Bylines.isLabel(raw.substring(0, raw.indexOf(':') + 1)), raw);
        }
    }

    @Test
    void spacesNoBreakSpacesAndDashesMayComeFirst() {
        assertTrue(Bylines.mayOpenByline("\n\t\u00a0– By Jane Doe"));
        assertTrue(Bylines.mayOpenByline("—Von Jana Berger"));
        assertTrue(Bylines.mayOpenByline("- Par Marie Martin"));
    }

    @Test
    void otherTextsMayNot() {
        for (String raw : List.of("", "  \u00a0", "– —", "Jane Doe", "Home", "Sport", "More by Jane Doe",
                "Bygone days", "Bylined Jane Doe", "Textured", "Von­Jana", "Posted", "| By Jane Doe", "1 By Jane Doe",
                "Kommentar von Jana", // a reader's comment under the article
                "Tribune de Genève", "Columna de Opinión", "Review by Jane")) { // a paper, a section, a customer
            assertFalse(Bylines.mayOpenByline(raw), raw);
        }
    }

    @Test
    void aNameInParenthesesSignsAfterAQuotationSetInGermanGuillemetsOrAnEllipsis() {
        assertEquals(List.of("Jana Berger"),
                Bylines.signature("Der Bürgermeister sagte: »Die Bibliothek bleibt offen.« (Jana Berger)", null));
        assertEquals(List.of("Jana Berger"),
                Bylines.signature("Wie es weitergeht, weiß noch niemand … (Jana Berger)", null));
    }

    @Test
    void aDateAfterTheNamesIsNoName() {
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe, March 4, 2026"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.authors("By Jane Doe and John Roe, May 12, 2025"));
        assertEquals(List.of("Anna Berg"), Bylines.authors("Von Anna Berg, März 2026"));
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe, Jan 4, 2026"));
        assertEquals(List.of("Jan Novak"), Bylines.authors("By Jan Novak, 4 March 2026"));
    }

    @Test
    void anOutletAfterTheWritersFullNameAndACommaIsTheirEmployer() {
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe, WXYZ"));
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe, Reuters."));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.authors("By Jane Doe, John Roe"));
        assertEquals(List.of("Jane Doe", "Cara"), Bylines.authors("By Jane Doe, Cara"), "a given name, no outlet");
        assertEquals(List.of("Reuters"), Bylines.authors("By Reuters"));
    }

    @Test
    void namesInBracketsAfterWithAreCoAuthors() {
        assertEquals(List.of("Marie Martin", "Paul Durand", "Claire Petit"),
                Bylines.authors("Par Marie Martin (avec Paul Durand et Claire Petit)"));
        assertEquals(List.of("Jana Berger", "Lukas Schmidt"), Bylines.authors("Von Jana Berger (mit Lukas Schmidt)"));
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), Bylines.authors("By Jane Doe (with John Roe, Ann Poe)"));
    }

    @Test
    void materialOrAnAgencyInBracketsAfterWithIsNoCoAuthor() {
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe (with reporting by the Associated Press)"));
        assertEquals(List.of("Marie Martin"), Bylines.authors("Par Marie Martin (avec AFP)"));
        assertEquals(List.of("Jane Doe"), Bylines.authors("By Jane Doe (with photos by John Roe)"));
        assertEquals(List.of("Marie Martin"), Bylines.authors("Par Marie Martin avec Paul Durand"));
    }
}
