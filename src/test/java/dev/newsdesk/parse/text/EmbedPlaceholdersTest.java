package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The placeholder of an embedded post the reader has not agreed to load goes; the story around it stays. */
class EmbedPlaceholdersTest {

    @Test
    void aGermanEmbedsConsentPlaceholderBetweenParagraphsIsDropped() {
        String body = DumpBody.of("""
                Der Stadtrat stimmt über den neuen Radweg ab

                Der Stadtrat stimmt am Donnerstag über den neuen Radweg am Fluss ab, der die Altstadt mit dem \
                Bahnhof verbinden soll. Die Verwaltung rechnet mit Kosten von drei Millionen Euro.

                Die Bürgermeisterin schrieb dazu auf Twitter:

                Externer Inhalt

                Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können \
                personenbezogene Daten an Drittplattformen übermittelt werden.

                Die Anwohner hatten im Frühjahr mehr als tausend Unterschriften für den Radweg gesammelt und sie \
                der Bürgermeisterin im Rathaus übergeben, nachdem der erste Entwurf abgelehnt worden war.

                Wenn der Rat zustimmt, sollen die Bauarbeiten im Herbst beginnen und im nächsten Sommer enden.
                """);
        assertTrue(body.contains("tausend Unterschriften"), body);
        assertFalse(body.contains("einverstanden"), body);
    }

    @Test
    void anEnglishCookieWallOverAnEmbeddedVideoIsDropped() {
        String body = DumpBody.of("""
                Council votes on the new river cycle path

                The council votes on Thursday on the new cycle path along the river, which is to link the old town \
                with the station. The city expects it to cost three million pounds.

                To view this content, please accept the cookies that our video provider needs to play it.

                Residents collected more than a thousand signatures for the path in the spring and handed them to \
                the mayor at the town hall, after the first plan had been turned down.

                If the council agrees, the works will begin in the autumn and end next summer.
                """);
        assertTrue(body.contains("a thousand signatures"), body);
        assertFalse(body.contains("video provider"), body);
    }

    @Test
    void aStorysSentenceAboutCookiesStays() {
        assertFalse(EmbedPlaceholders.holdsPlace(
                "Regulators said that sites must ask their readers before they set cookies to track them."));
    }

    @Test
    void emptyAndInvisibleTextHoldsNoPlace() {
        assertFalse(EmbedPlaceholders.holdsPlace(""));
        assertFalse(EmbedPlaceholders.holdsPlace("\u200b\u200b"));
    }
}
