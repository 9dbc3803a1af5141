package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Credits to news agencies as wire copy prints them, and the lines that only look like one. */
class WireCreditTest {

    @Test
    void readsACreditLineAlone() {
        assertEquals(List.of("dpa"), WireCredit.line("dpa"));
        assertEquals(List.of("AFP"), WireCredit.line(" (AFP) "));
        assertEquals(List.of("dpa", "AFP"), WireCredit.line("Quelle: dpa/AFP"));
        assertEquals(List.of("Reuters"), WireCredit.line("Source : Reuters"));
        assertEquals(List.of("The Associated Press"), WireCredit.line("By The Associated Press"));
        assertEquals(List.of("KNA"), WireCredit.line("(KNA/rk)"), "an editor's initials beside the agency");
    }

    @Test
    void readsACreditLabelledInEachLanguageAndLeavesItOutOfTheBody() {
        String[][] credits = {{"Source: Reuters", "Reuters"}, {"Quelle: dpa", "dpa"}, {"Sources : AFP", "AFP"},
            {"Fuente: EFE", "EFE"}, {"Fonte: ANSA", "ANSA"}, {"Fonte: Lusa", "Lusa"}, {"Bron: ANP", "ANP"},
            {"Źródło: PAP", "PAP"}, {"Zdroj: ČTK", "ČTK"}, {"Источник: ТАСС", "ТАСС"}, {"Джерело: Укрінформ", "Укрінформ"},
            {"Πηγή: ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ"}, {"Fonti: ANSA/AFP", "ANSA"}, {"Agencias: EFE", "EFE"}};
        for (String[] c : credits) {
            assertEquals(c[1], WireCredit.line(c[0]).get(0), c[0]);
            assertTrue(Boilerplate.isNoise(c[0]), c[0]);
        }
    }

    @Test
    void anythingButAnAgencyOrInitialsMakesNoWireCredit() {
        assertEquals(List.of(), WireCredit.line("Quelle: Statistisches Bundesamt"));
        assertEquals(List.of(), WireCredit.line("Source: CDC, Reuters"));
        assertEquals(List.of(), WireCredit.line("© 2012 APA"), "a picture's copyright");
        assertEquals(List.of(), WireCredit.line("Jane Doe"));
        assertEquals(List.of(), WireCredit.line("Map"), "an agency's letters inside a word");
        assertEquals(List.of("AP", "dpa-AFX"), WireCredit.line("Von AP und dpa-AFX"), "agencies between words");
        assertFalse(Boilerplate.isNoise("Roadmap"), "an agency's letters closing a word");
    }

    @Test
    void readsTheAgencySigningTheLastParagraph() {
        assertEquals(List.of("dpa"), WireCredit.signing("Die Abstimmung ist für Mai angesetzt. (dpa)"));
        assertEquals(List.of("AFP"), WireCredit.signing("AFP"));
        assertEquals(List.of(), WireCredit.signing("The figures come from the Associated Press (AP)"),
                "an agency named in a sentence");
    }

    @Test
    void readsTheWiresDatelineOpeningTheText() {
        String[][] openings = {{"WASHINGTON (AP) — The Senate voted on Tuesday.", "AP"},
            {"Berlin (dpa) - Der Bundestag hat am Dienstag abgestimmt.", "dpa"},
            {"Rostow (Russland) - Der Fluss ist über die Ufer getreten."}}; // a country in parentheses
        for (String[] o : openings) {
            assertEquals(List.of(o).subList(1, o.length), WireCredit.opening(o[0]), o[0]);
        }
    }
}
