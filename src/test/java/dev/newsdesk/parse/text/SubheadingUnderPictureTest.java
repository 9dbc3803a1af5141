package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A subheading set under a picture between two paragraphs stays, the picture's credit between it and the prose. */
class SubheadingUnderPictureTest {

    @Test
    void aSubheadingUnderAPicturesCreditStays() {
        String dump = """
                Home

                News

                Harbour bridge closed until spring

                The old swing bridge over the harbour will stay closed to traffic until the spring, the city council \
                said on Tuesday, after engineers found cracks in two of its four steel supports.

                Repairs are expected to cost more than two million euros, and the work cannot start before the \
                storms of the winter are over, the engineers said.

                The bridge at dusk / Photo by Jane Doe

                Ferries in the meantime

                A ferry will carry cyclists and people on foot across the harbour in the meantime, every ten \
                minutes from six in the morning until midnight.

                The council will decide next month whether to rebuild the bridge entirely.

                About us

                Contact
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("\n\nFerries in the meantime\n\nA ferry will carry"), body);
    }

    @Test
    void aSubheadingUnderACreditNamingTwoJobsStays() {
        String dump = """
                Startseite

                Wohnen

                Die Farbe des Jahres zieht ins Wohnzimmer

                Jedes Jahr wird eine neue Farbe des Jahres verkündet, und jedes Jahr fragen sich viele, ob sie \
                sich auch in den eigenen vier Wänden tragen lässt.

                Der warme Ton passt zu Holz und Leinen, sagen die Einrichter, und er wirkt in kleinen Räumen \
                weniger wuchtig, als man denkt.

                Foto und Styling: Anna Beispiel

                Warm, mutig, freundlich

                Wer sich nicht an eine ganze Wand wagt, beginnt mit Kissen, Vorhängen oder einer Vase und sieht \
                nach ein paar Wochen, ob der Ton bleiben darf.

                Impressum

                Kontakt
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("\n\nWarm, mutig, freundlich\n\nWer sich nicht"), body);
    }
}
