package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A table printed one cell a line between the article's paragraphs costs the run nothing; a menu there still costs. */
class DataRowsTest {

    private static final String LEAD = "The council published the figures for the last two winters on Monday, and "
            + "the rise in heating costs for the town's schools was larger than anyone had expected.";
    private static final String FOLLOW = "The treasurer said the council would ask the region for help before the "
            + "next winter, since the schools cannot cut their heating any further without closing rooms.";

    @Test
    void theCellsOfATableBetweenParagraphsCostNothing() {
        Judged page = Judged.of(LEAD, "School", "Winter 2022", "Winter 2023", "North school", "12,400 kWh",
                "15,100 kWh", "Harbour school", "9,800 kWh", "11,900 kWh", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 10; i++) assertEquals(0, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aMenuBetweenParagraphsKeepsItsCost() {
        Judged page = Judged.of(LEAD, "Home", "Politics", "Schools", "Weather", "Contact", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 6; i++) assertEquals(-4, bridged[i], page.blocks().get(i).text());
    }

    /** The weights of {@code page} after the bridge, each line costing 4 before it. */
    private static double[] bridged(Judged page) {
        double[] weights = new double[page.blocks().size()];
        Arrays.fill(weights, -4);
        return DataRows.bridge(page.blocks(), page.verdicts(), weights);
    }

    @Test
    void aGermanPriceTableDoesNotCutTheArticle() {
        String body = DumpBody.of("""
                Startseite

                Region

                Verkehr

                Neue Preise für die Buslinien im Landkreis

                Ab dem kommenden Montag fahren die Busse zwischen dem Bahnhof und dem Krankenhaus öfter, weil der \
                Landkreis nach vielen Beschwerden der Fahrgäste zwei zusätzliche Fahrzeuge angeschafft hat.

                Fahrkarte

                Preis bisher

                Preis neu

                Einzelfahrt

                2,60 Euro

                2,80 Euro

                Tageskarte

                6,50 Euro

                7,00 Euro

                Monatskarte

                58 Euro

                62 Euro

                Die Verkehrsgesellschaft bittet die Fahrgäste, sich vor der Fahrt im Internet über die neuen Zeiten \
                zu informieren, denn die gedruckten Fahrpläne an den Haltestellen werden erst im Laufe der Woche \
                ausgetauscht.

                Der Landrat erklärte, man wolle im Frühjahr prüfen, ob auch die Dörfer im Norden des Landkreises \
                häufiger angefahren werden können, und dafür die Zahlen der ersten Monate auswerten.

                Impressum

                Datenschutz
                """);
        assertTrue(body.contains("zwei zusätzliche Fahrzeuge"), body);
        assertTrue(body.contains("Dörfer im Norden"), body);
    }
}
