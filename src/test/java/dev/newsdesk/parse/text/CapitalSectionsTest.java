package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sections under sub-headings in capitals go on with a story that sets its own sub-headings so. */
class CapitalSectionsTest {

    private static final String OPENING = """
            Neue Wärmepumpen für kleine Häuser vorgestellt

            Der Hersteller aus Kassel erweitert sein Programm um eine Reihe von Wärmepumpen, die für Häuser mit \
            wenig Platz im Keller gedacht sind und sich an bestehende Heizkörper anschließen lassen.

            Die Geräte arbeiten nach Angaben des Unternehmens auch bei starkem Frost noch sparsam und lassen sich \
            über eine App oder ein Bedienfeld an der Wand steuern, das die Verbräuche des Tages anzeigt.
            """;

    private static final String CAPITAL_SUBHEADING = """

            LEISE IM BETRIEB

            Im Garten sind die Außengeräte kaum zu hören, sie bleiben auch nachts unter den Grenzwerten der Städte.
            """;

    private static final String SECTIONS = """

            LEISTUNG

            Von 4 bis 12 Kilowatt

            STEUERUNG

            Bedienfeld mit
            großer Anzeige

            ALLGEMEIN:

            • Kältemittel mit geringem Treibhauspotenzial
            • Warmwasser bis 65 Grad,
            auch im Winter
            • Anschluss für Solaranlagen

            Kontakt
            Karriere
            Presse
            """;

    @Test
    void sectionsGoOnWithAStoryThatSetsItsSubheadingsInCapitals() {
        String body = DumpBody.of(OPENING + CAPITAL_SUBHEADING + SECTIONS);
        assertTrue(body.contains("Von 4 bis 12 Kilowatt"), body);
        assertTrue(body.contains("großer Anzeige"), body);
        assertTrue(body.contains("auch im Winter"), body);
        assertTrue(body.contains("Anschluss für Solaranlagen"), body);
        assertFalse(body.contains("Karriere"), body);
    }

    @Test
    void theSameSectionsUnderAStoryWithoutSuchSubheadingsStayOut() {
        String body = DumpBody.of(OPENING + SECTIONS);
        assertFalse(body.contains("Von 4 bis 12 Kilowatt"), body);
    }

    @Test
    void aBoxOfOtherStoriesUnderAHeadingTheSiteSetsStaysOut() {
        String body = DumpBody.of(OPENING + CAPITAL_SUBHEADING + """

                MEHR ZUM THEMA

                Solarstrom vom Balkon wird einfacher
                Förderung für Wärmepumpen steigt

                MEISTGELESEN

                Neue Regeln für den Heizungstausch
                Was eine Dämmung wirklich spart
                """);
        assertTrue(body.contains("unter den Grenzwerten"), body);
        assertFalse(body.contains("Solarstrom vom Balkon"), body);
        assertFalse(body.contains("Was eine Dämmung wirklich spart"), body);
    }
}
