package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A paywall's notice under the free part of a story ends the article: the offers under it are not the story's. */
class PaywallNoticesTest {

    private static final String GERMAN_STORY = """
            Stadtwerke

            Die Stadtwerke erhöhen die Preise für Fernwärme

            Die Stadtwerke werden die Preise für Fernwärme zum ersten Januar um acht Prozent anheben, wie der \
            Vorstand am Dienstag vor dem Aufsichtsrat mitteilte. Als Grund nannte er die gestiegenen Kosten für \
            Gas und Strom, die das Unternehmen seit dem Frühjahr nicht mehr an die Kunden weitergegeben habe.

            """;

    @Test
    void theOffersAnnouncedUnderAGermanPaywallNoticeAreCut() {
        String body = DumpBody.of(GERMAN_STORY + """
                Wählen Sie Ihren Zugang und lesen Sie weiter:

                Alle Artikel frei lesen

                Die Zeitung als App und E-Paper

                Einen Monat kostenlos testen

                Digital-Zugang für Abonnenten

                Ergänzend zu Ihrem Zeitungsabo

                Sie sind bereits Abonnent? Hier anmelden
                """);
        assertTrue(body.contains("nicht mehr an die Kunden"), body);
        assertFalse(body.contains("Zugang"), body);
        assertFalse(body.contains("kostenlos testen"), body);
    }

    @Test
    void aSpanishNoticeThatTheContentIsForSubscribersGoes() {
        String body = DumpBody.of("""
                Economía

                El puerto pierde la mitad de sus cargas por el conflicto

                El puerto de la ciudad perdió la mitad de sus cargas en el último mes por el conflicto entre la \
                empresa que opera la terminal y el sindicato de trabajadores, según informó este lunes la \
                administración portuaria en una conferencia de prensa.

                Las navieras más grandes ya trasladaron sus servicios a la terminal vecina, y el gobierno teme \
                que otras sigan el mismo camino si el conflicto no se resuelve antes de fin de mes.

                El contenido al que quiere acceder es exclusivo para suscriptores.
                """);
        assertTrue(body.contains("antes de fin de mes"), body);
        assertFalse(body.contains("suscriptores"), body);
    }

    @Test
    void aStorySentenceAboutSubscribersStays() {
        assertFalse(PaywallNotices.isNotice("Die Zeitung hat im vergangenen Jahr zehntausend neue Abonnenten gewonnen."));
        assertFalse(PaywallNotices.isNotice("Exklusiv für Abonnenten"));
        assertTrue(PaywallNotices.isNotice("Dieser Artikel ist nur für Abonnenten zu lesen."));
        assertTrue(PaywallNotices.isNotice("Ten artykuł jest dostępny tylko dla prenumeratorów."));
    }

    @Test
    void aCallToSubscribeForTheFullStoryIsANotice() {
        assertTrue(PaywallNotices.isNotice("To view the full story, please subscribe to the Courier."));
        assertTrue(PaywallNotices.isNotice("To read the rest of the article, log in or register."));
        assertFalse(PaywallNotices.isNotice("She asked to read the full story before it went to print."));
    }
}
