package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A line calling on the reader to comment here ("Kommentieren Sie hier", "Commentez ici") opens the comment form
 * under the story, as the noun does ("Kommentare"); the site's promos under it go too. The verb in a sentence of the
 * story stays.
 */
class CallsToCommentTest {

    @Test
    void aGermanCallToCommentEndsTheStory() {
        String body = DumpBody.of("""
                Sport

                Zwei alte Freunde spielen wieder zusammen

                Nach zehn Jahren stehen die beiden früheren Profis wieder gemeinsam auf dem Platz. Der Verein aus \
                dem Norden der Stadt hat beide für die neue Saison in der Oberliga gemeldet.

                Der Trainer freut sich über die Erfahrung der beiden, warnt aber vor zu großen Erwartungen, denn \
                die Gegner in der Liga sind im Schnitt fünfzehn Jahre jünger als seine neuen Spieler.

                Kommentieren Sie hier

                Unsere Zeitung wird siebzig Jahre alt, und zum Geburtstag lesen Sie das digitale Abo einen Monat \
                lang für die Hälfte des Preises, auf dem Tablet und auf dem Telefon.
                """);
        assertTrue(body.contains("fünfzehn Jahre jünger"), body);
        assertFalse(body.contains("Kommentieren"), body);
        assertFalse(body.contains("digitale Abo"), body);
    }

    @Test
    void aFrenchCallToCommentEndsTheStory() {
        String body = DumpBody.of("""
                Le marché couvert rouvrira au printemps

                Après deux ans de travaux, le marché couvert de la ville rouvrira ses portes au mois d'avril. Les \
                commerçants retrouveront leurs étals sous une charpente entièrement refaite.

                La mairie a annoncé que les loyers des étals resteraient au même niveau qu'avant la fermeture, \
                une demande des commerçants depuis le début du chantier.

                Commentez ici

                Chaque semaine, notre rédaction consacre un dossier aux marchés de la région, avec les horaires \
                et les adresses des producteurs qui y vendent leurs fruits et leurs légumes.
                """);
        assertTrue(body.contains("début du chantier"), body);
        assertFalse(body.contains("notre rédaction"), body);
    }

    @Test
    void theVerbInTheStorysSentencesStays() {
        String body = DumpBody.of("""
                Stadt prüft den Bericht zur Brücke

                Der Bericht der Gutachter zur alten Brücke liegt der Stadt seit Montag vor. Er beschreibt Risse in \
                zwei Pfeilern und empfiehlt, die Brücke für Lastwagen zu sperren.

                Die Stadt wollte das nicht kommentieren.

                Der Sprecher des Bürgermeisters kündigte aber an, der Stadtrat werde sich in seiner nächsten \
                Sitzung mit dem Bericht befassen und über eine Sperrung entscheiden.
                """);
        assertTrue(body.contains("nicht kommentieren."), body);
        assertTrue(body.contains("über eine Sperrung entscheiden"), body);
    }
}
