package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A table printed one cell a line between the article's paragraphs costs the run nothing; a menu there still costs. */
class DataRowsTest {

    private static final String LEAD = "The council published the figures for the last two winters on Monday, and "
            + "the rise in heating costs for the town's schools was larger than anyone had expected.";
    private static final String FOLLOW = "The treasurer said the council would ask the region for help before the "
            + "next winter, since the schools cannot cut their heating any further without closing rooms.";

    /** A review whose table of drives, printed one cell a line, stands between its two paragraphs. */
    private static final String DRIVES_REVIEW = """
                Three new drives for the home office, measured side by side

                We ran each of the three drives through the same copy and boot tests on one desktop, with the same \
                operating system freshly installed, so that only the drive itself differed between the runs.

                Drive

                Read

                Boot

                Alpha 1

                7.1 GB/s

                9.2 s

                Beta 2

                3.5 GB/s

                11.4 s

                Gamma 3

                0.55 GB/s

                21.8 s

                The cheapest drive is still a good upgrade for an older computer, but the first one boots twice as \
                fast for less than three times the price, and it stayed cool through every one of our tests.
                """;

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
        return DataRows.bridge(page.blocks(), page.verdicts(), weights).weights();
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

    @Test
    void theCellsOfABenchmarkTableOfValuesWithUnitsCostNothing() {
        Judged page = Judged.of(LEAD, "Drive", "Read", "Boot", "Price", "Alpha 1", "7.1 GB/s", "9.2 s", "€129",
                "Beta 2", "3.5 GB/s", "11.4 s", "€89", "Gamma 3", "0.55 GB/s", "21.8 s", "€45", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 16; i++) assertEquals(0, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aBenchmarkTableOfValuesWithUnitsKeepsTheArticlesTail() {
        String body = DumpBody.of("""
                Home

                Reviews

                Storage

                Three new drives for the home office, measured side by side

                We ran each of the three drives through the same copy and boot tests on one desktop, with the same \
                operating system freshly installed, so that only the drive itself differed between the runs.

                Drive

                Read

                Write

                Boot

                Price

                Alpha 1

                7.1 GB/s

                6.8 GB/s

                9.2 s

                €129

                Beta 2

                3.5 GB/s

                3.1 GB/s

                11.4 s

                €89

                Gamma 3

                0.55 GB/s

                0.52 GB/s

                21.8 s

                €45

                Delta 4

                2.4 GB/s

                1.9 GB/s

                14.0 s

                €69

                Epsilon 5

                1.1 GB/s

                0.9 GB/s

                17.5 s

                €52

                Zeta 6

                5.0 GB/s

                4.2 GB/s

                10.1 s

                €109

                The cheapest drive is still a good upgrade for an older computer, but the first one boots twice as \
                fast for less than three times the price, and it stayed cool through every one of our tests.

                About us

                Privacy
                """);
        assertTrue(body.contains("stayed cool through every one"), body);
    }

    @Test
    void aColumnOfCountsBesideValuesCostsNothing() {
        Judged page = Judged.of(LEAD, "Pupils", "Rooms", "Heating", "North school", "420", "18", "12.4 MWh",
                "Harbour school", "310", "14", "9.8 MWh", "Hill school", "150", "7", "4.1 MWh", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 16; i++) assertEquals(0, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aRowLabelledWithAChromeWordStaysACellOfTheTable() {
        Judged page = Judged.of(LEAD, "Channel", "Messages", "Answered", "Phone", "1,240", "86 %", "Email", "3,410",
                "64 %", "Letters", "310", "91 %", "Counter", "2,050", "78 %", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 15; i++) assertEquals(0, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aShareBarUnderATableKeepsItsCost() {
        Judged page = Judged.of(LEAD, "Channel", "Messages", "Answered", "Phone", "1,240", "86 %", "Letters", "310",
                "91 %", "Counter", "2,050", "78 %", "Facebook", "Email", "Print", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 13; i < 16; i++) assertEquals(-4, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aPicturesCreditAmongTheCellsKeepsTheirCost() {
        Judged page = Judged.of(LEAD, "Channel", "Messages", "Answered", "Phone", "1,240", "86 %", "Letters", "310",
                "91 %", "Photo: Jane Doe", "Counter", "2,050", "78 %", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 13; i++) assertEquals(-4, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aBoxOfTeasersStampedWithTimesKeepsItsCost() {
        Judged page = Judged.of(LEAD, "More news", "Bridge closed after the storm", "10:45",
                "Market opens on Sunday", "09:30", "New head for the library", "08:15", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 8; i++) assertEquals(-4, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void aPagersNumbersAndAMenuOfNumberedSectionsKeepTheirCost() {
        Judged page = Judged.of(LEAD, "1", "2", "3", "4", "Next", "1. Background", "2. The figures",
                "3. What comes next", FOLLOW);
        double[] bridged = bridged(page);
        for (int i = 1; i < 9; i++) assertEquals(-4, bridged[i], page.blocks().get(i).text());
    }

    @Test
    void theCellsOfATableBetweenTheArticlesParagraphsAreKeptInItsBody() {
        String body = DumpBody.of("Home\n\nReviews\n\n" + DRIVES_REVIEW + "\nAbout us\n\nPrivacy\n");
        assertTrue(body.contains("3.5 GB/s"), body);
        assertTrue(body.contains("Gamma 3"), body);
    }

    @Test
    void aTableWithARowLabelledWithAChromeWordKeepsTheParagraphUnderIt() {
        String body = DumpBody.of("""
                Home

                News

                How the council answered its residents last year

                The council counted every message its residents sent last year, by the way they reached it, and how \
                many of them were answered within the two weeks the town's charter promises.

                Channel

                Messages

                Answered

                Phone

                1,240

                86 %

                Email

                3,410

                64 %

                Letters

                310

                91 %

                The clerk said the slow answers to mail came from a single inbox shared by four departments, and that \
                each department will have its own address from March, so that no message waits for a week unread.

                About us

                Privacy
                """);
        assertTrue(body.contains("3,410"), body);
        assertTrue(body.contains("single inbox shared"), body);
    }

    @Test
    void aTableIsKeptInAPostPrintedUnderTheSidebarsWall() {
        String body = DumpBody.of("""
                Home

                Recent Comments

                Anna on Winter tyres compared

                Tom on Winter tyres compared

                Archives

                """ + DRIVES_REVIEW + "\nLeave a Reply\n");
        assertTrue(body.contains("freshly installed"), body);
        assertTrue(body.contains("3.5 GB/s"), body);
        assertTrue(body.contains("stayed cool"), body);
        assertFalse(body.contains("Winter tyres"), body);
    }

    @Test
    void aCommentsRatingUnderTheArticlesWallStaysOut() {
        String body = DumpBody.of("""
                Home

                Recent Comments

                Anna on Winter tyres compared

                Archives

                Three new drives for the home office, measured side by side

                We ran each of the three drives through the same copy and boot tests on one desktop, with the same \
                operating system freshly installed, so that only the drive itself differed between the runs.

                The cheapest drive is still a good upgrade for an older computer, but the first one boots twice as \
                fast for less than three times the price, and it stayed cool through every one of our tests.

                3 Comments

                Paul

                I bought the second one after reading this and it has been quiet and fast for a month of daily use.

                Rating: 4.5 / 5

                12 May 2024

                Reply

                Mia

                Mine ran hot in a closed case until I added a small fan over it, so check your airflow first.
                """);
        assertTrue(body.contains("stayed cool"), body);
        assertFalse(body.contains("Rating"), body);
        assertFalse(body.contains("daily use"), body);
    }

    @Test
    void aBoxOfDatedTeasersBetweenTheArticlesParagraphsStaysOut() {
        String body = DumpBody.of("""
                Home

                News

                The harbour bridge reopens after a month of repairs

                The harbour bridge reopened to traffic on Monday morning after a month of repairs to its deck, and \
                the first buses crossed it shortly after six o'clock, to the relief of commuters from the north.

                More news

                Market opens on Sunday

                12 May 2024

                New head for the library

                11 May 2024

                Storm damages the pier

                10 May 2024

                The city said the repairs had cost less than planned, and that the remaining work on the railings \
                would be done at night so that the bridge can stay open to traffic during the day.

                About us

                Privacy
                """);
        assertTrue(body.contains("relief of commuters"), body);
        assertFalse(body.contains("New head for the library"), body);
        assertFalse(body.contains("11 May 2024"), body);
    }
}
