package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A recipe's ingredients and a photo's specifications next to the prose are the article's; a menu is not. */
class DataListsTest {

    private static final String POST = """
            Starling flock over the marsh

            The flock turned over the reeds for twenty minutes at dusk before it settled, and the long lens caught \
            the moment the birds folded into one dark ribbon above the water.

            """;

    /** An event's details, labelled values of the post's own. */
    private static final String EVENT = """
            Ort: Stadthalle am Markt

            Beginn: 19.30 Uhr

            Eintritt: 12 Euro, ermäßigt 8 Euro

            """;

    /** A site's categories: words under a heading, no data. */
    private static final String MENU = "Categories\n\nBirds\n\nLandscapes\n\nNight sky\n";

    @Test
    void theIngredientsAboveTheMethodAreKept() {
        String body = DumpBody.of("""
                Home

                Recipes

                Almond biscuits

                Ingredients:

                300 g flour

                1 tsp baking powder

                100 g ground almonds

                200 g butter

                200 g sugar

                1 egg

                Flaked almonds

                Method:

                Put all the ingredients into a bowl and knead them with the dough hook into a smooth, even dough.

                Roll the dough out on a floured board and cut out whatever shapes you like with your cutters.

                Bake them in the middle of the oven for fifteen minutes, until they are golden brown at the edges.
                """);
        assertTrue(body.contains("100 g ground almonds"), body);
        assertTrue(body.contains("200 g sugar"), body);
        assertTrue(body.contains("smooth, even dough"), body);
        assertFalse(body.contains("Recipes"), body);
    }

    @Test
    void theSpecificationsUnderAShortPostAreKept() {
        String body = DumpBody.of(POST + """
                Details

                Camera: old mirrorless body

                Focal length: 300 mm

                Exposure: 1/500 s

                Place: the north dyke

                Previous

                Next

                """ + MENU);
        assertTrue(body.contains("Focal length: 300 mm"), body);
        assertTrue(body.contains("Place: the north dyke"), body);
        assertFalse(body.contains("Landscapes"), body);
    }

    @Test
    void aMenuUnderAHeadingIsNotAList() {
        String body = DumpBody.of(POST + MENU + "\nTravel\n");
        assertFalse(body.contains("Landscapes"), body);
    }

    @Test
    void anArchivesMonthsAboveThePostAreNotData() {
        // A blog's sidebar over its post: the months of its archive, each with its count of posts.
        String body = DumpBody.of("""
                存档

                2023年06月(4)

                2023年05月(7)

                2023年04月(3)

                2023年03月(12)

                2023年02月(5)

                小镇图书馆重新开放

                小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两年，新馆的阅览室比原来大了一倍，\
                孩子们可以在这里自由地看书和画画。

                开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉我们，他年轻时就常来这里借书，\
                现在终于又有了一个安静读书的地方。
                """);
        assertTrue(body.contains("安静读书的地方"), body);
        assertFalse(body.contains("2023年05月"), body);
        assertFalse(body.contains("存档"), body);
    }

    @Test
    void aMuseumsFactsBetweenItsParagraphsAreKept() {
        String body = DumpBody.of("""
                Home

                Trips

                The lighthouse museum

                The old lighthouse on the harbour wall has housed a small museum since its lamp was switched off, with \
                the keepers' logbooks, the great lens and a model of the coast as it looked a century ago.

                Lighthouse museum

                Opening hours: April to October, daily

                Admission: adults 4 euros

                Address: Harbour Wall 2

                The climb to the gallery takes a hundred and twelve steps, and on a clear day the view reaches the \
                islands far out in the bay, which the keepers once watched for ships in distress.

                A small cafe at the foot of the tower serves fish soup and cake, and the harbour bus stops right in \
                front of the museum every half hour through the summer months.

                Previous

                Next
                """);
        assertTrue(body.contains("Admission: adults 4 euros"), body);
        assertTrue(body.contains("Address: Harbour Wall 2"), body);
        assertTrue(body.contains("hundred and twelve steps"), body);
        assertFalse(body.contains("Previous"), body);
    }

    @Test
    void anEventsDetailsRightUnderTheLastParagraphAreKept() {
        String body = DumpBody.of(POST + EVENT + """
                Previous

                Next

                """ + MENU);
        assertTrue(body.contains("Beginn: 19.30 Uhr"), body);
        assertTrue(body.contains("Eintritt: 12 Euro"), body);
        assertFalse(body.contains("Previous"), body);
    }

    @Test
    void aSitesFieldsAboutThePostStayOut() {
        String body = DumpBody.of(POST + """
                Rubrik: Natur

                Themen: Vögel und Abendlicht

                Gelesen: 214 Mal

                Bewertung: 4 von 5

                Previous

                Next

                """ + MENU);
        assertTrue(body.contains("one dark ribbon"), body);
        assertFalse(body.contains("Natur"), body);
        assertFalse(body.contains("Abendlicht"), body);
        assertFalse(body.contains("Gelesen"), body);
    }

    @Test
    void labelledLinesOverASitesFieldStayOut() {
        String body = DumpBody.of(POST + EVENT + """
                Abgelegt unter Termine

                """ + MENU);
        assertTrue(body.contains("one dark ribbon"), body);
        assertFalse(body.contains("Stadthalle"), body);
    }
}
