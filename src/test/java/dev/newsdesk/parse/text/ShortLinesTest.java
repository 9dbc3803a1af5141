package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Short lines inside a dump's article: its own sentences stay, lines with no stop between its paragraphs go. */
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
    void linesWithNoStopATeaserCutShortAndAColonOverLinksGo() {
        String body = DumpBody.of(OPENING + "Local news\n\nWeather\n\nFlood victims get help from the mayor and...\n\n"
                + "More about:\n\nFloods\n\nBakeries\n" + CLOSING);
        for (String line : new String[] {"Weather", "Flood victims get help", "More about:", "Bakeries"}) {
            assertFalse(body.contains(line), body);
        }
    }

    /** Asserts that {@code lines}, set between the story's paragraphs, stay in its body. */
    private static void kept(String... lines) {
        String body = DumpBody.of(OPENING + String.join("\n\n", lines) + "\n" + CLOSING);
        for (String line : lines) assertTrue(body.contains(line), body);
    }
}
