package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Short lines inside a dump's article: its own sentences stay; lines with no stop, teasers (cut short, or a headline
 * in title case) and a colon over links go.
 */
class ShortLinesTest {

    private static final String OPENING = """
            Village bakery reopens after the flood

            The bakery on the market square opened its doors again on Monday, three months after the river flooded \
            the old town and filled its cellar with mud.

            """;
    private static final String CLOSING = """

            The owners said they had thought of closing for good, but the neighbours helped them clean the ovens \
            and paint the shop, and the bank gave them time to pay back their loan.
            """;

    @Test
    void aOneLineParagraphAndAQuestionStay() {
        kept("It took a week to pump out the water.", "Would they start again?");
    }

    @Test
    void stepsOfAListThatEndAsSentencesStay() {
        kept("Mix the flour with the water.", "Let the dough rest overnight.", "Bake it in the morning.");
    }

    @Test
    void aSubheadingInCapitalsThatAsksStays() {
        kept("WHAT COMES NEXT?");
    }

    @Test
    void aLineEndingWithAColonStaysWhenProseFollows() {
        kept("The owner put it simply:");
    }

    @Test
    void aOneLineLeadAboveTheFirstParagraphStaysAndTheHeadlineIsStillTheTitle() {
        var draft = TextDumpReader.read("Home\n\nNews\n\n" + OPENING.replace("\n\nThe bakery",
                "\n\nIt was the wettest spring on record.\n\nThe bakery") + CLOSING);
        String body = DumpBody.of(draft);
        assertTrue(body.startsWith("It was the wettest spring on record."), body);
        assertEquals("Village bakery reopens after the flood", draft.title());
    }

    @Test
    void openingSentencesAboveAnAdLabelStayAndTheLabelGoes() {
        for (String label : new String[] {"Anzeige", "Advertisement", "Reklama"}) {
            String body = DumpBody.of("Home\n\nNews\n\nVillage bakery reopens after the flood\n\n"
                    + "The flood was the worst the town has seen.\n\nIt took a week to pump out the water.\n\n"
                    + label + "\n\n" + OPENING.substring(OPENING.indexOf("The bakery")) + CLOSING);
            assertTrue(body.startsWith("The flood was the worst the town has seen."), body);
            assertTrue(body.contains("pump out the water.\n\nThe bakery"), body);
            assertFalse(body.contains(label), body);
        }
    }

    @Test
    void openingSentencesAboveAnAdLabelStayInACyrillicDump() {
        String body = DumpBody.of("""
                Главная

                Новости

                Пекарня на рыночной площади снова открылась после наводнения

                Это было худшее наводнение в истории города.

                Воду откачивали целую неделю.

                Реклама

                Пекарня на рыночной площади снова открыла свои двери в понедельник, через три месяца после того, \
                как река затопила старый город и заполнила её подвал грязью.

                Владельцы сказали, что думали закрыться навсегда, но соседи помогли им отмыть печи и покрасить \
                магазин, а банк дал им время вернуть кредит.
                """);
        assertTrue(body.startsWith("Это было худшее наводнение"), body);
        assertFalse(body.contains("Реклама"), body);
        assertTrue(body.contains("вернуть кредит."), body);
    }

    @Test
    void aShortLineAboveAnAdLabelThatIsNoSentenceStaysOut() {
        String body = DumpBody.of("Home\n\nNews\n\nVillage bakery reopens after the flood\n\n"
                + "Photo: the market square\n\nAdvertisement\n\n" + OPENING.substring(OPENING.indexOf("The bakery"))
                + CLOSING);
        assertTrue(body.startsWith("The bakery"), body);
    }

    @Test
    void aClosingParagraphWithAnInvisibleCharacterAfterItsStopStays() {
        String body = DumpBody.of(OPENING + CLOSING.strip() + "\n\nThe first loaves sold out before nine, and the queue "
                + "reached the church.\u2060\u2063\n\nHome\n\nContact\n");
        assertTrue(body.endsWith("the queue reached the church."), body);
    }

    @Test
    void aSubheadingUnderAReadMoreLineStaysAndTheTeaserGoes() {
        String body = between("Read more: Floods hit the valley again", "Help from the neighbours");
        assertTrue(body.contains("\n\nHelp from the neighbours\n\n"), body);
        assertFalse(body.contains("Floods hit"), body);
    }

    @Test
    void aTeaserCutShortGoes() {
        dropped("Flood victims get help from the mayor and...");
    }

    @Test
    void aTeasersHeadlineInTitleCaseGoesThoughItAsks() {
        dropped("Why Do Bakers Rise So Early?");
    }

    @Test
    void aColonOverLinksGoes() {
        dropped("More about:", "Floods");
    }

    /** Asserts that {@code lines}, set between the story's paragraphs, stay in its body. */
    private static void kept(String... lines) {
        String body = between(lines);
        for (String line : lines) assertTrue(body.contains(line), body);
    }

    /**
     * Asserts that the story's body, read across {@code lines} set among lines with no stop (a menu's), leaves them
     * out. A lone short line between two paragraphs would be a subheading.
     */
    private static void dropped(String... lines) {
        String body = between("Local news\n\n" + String.join("\n\n", lines) + "\n\nWeather");
        assertTrue(body.contains("filled its cellar") && body.contains("pay back their loan"), body);
        assertFalse(body.contains("Local news") || body.contains("Weather"), body);
        for (String line : lines) assertFalse(body.contains(line), body);
    }

    private static String between(String... lines) {
        return DumpBody.of(OPENING + String.join("\n\n", lines) + "\n" + CLOSING);
    }
}
