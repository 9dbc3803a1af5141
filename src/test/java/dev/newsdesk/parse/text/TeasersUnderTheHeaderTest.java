package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Other stories' headlines between a dump's byline or dateline and its text leave the headline over the byline. */
class TeasersUnderTheHeaderTest {

    private static final String MENU = "Evening Courier\n\nHome | World | Sport | Weather\n\n";
    private static final String TEASERS = "Council votes to close the old railway bridge for repairs\n\n"
            + "Storm warnings issued for three coastal towns tonight\n\n";
    private static final String TEXT = """
            The symptoms came on quickly. First it was hard to breathe, then dizzy spells followed any amount of \
            exertion, and the walk upstairs took half an hour.

            Four doctor appointments failed to find the cause, which his family found extremely distressing, and \
            his health went on failing through the winter.

            A chest physician finally asked about the bedding, and the feather pillows turned out to be the trigger \
            of an allergic reaction in his lungs.
            """;
    private static final String FOOTER = "\nLeave a comment\n\nPrivacy\n\nImprint\n";

    @Test
    void teasersBetweenTheDatelineAndTheTextAreSteppedOver() {
        String dump = MENU + "The quilt that nearly killed him\n\nBy Jane Doe\n\n1 day ago\n\n" + TEASERS + TEXT
                + FOOTER;
        assertEquals("The quilt that nearly killed him", TextDumpReader.read(dump).title());
    }

    @Test
    void teasersOverTheHeadlineAndUnderTheDatelineLeaveIt() {
        String dump = MENU + "Why you should always close the door before bed\n\n"
                + "The quilt that nearly killed him: how the mystery was solved\n\nBy Jane Doe\n\n1 day ago\n\n"
                + TEASERS + TEXT + FOOTER;
        assertEquals("The quilt that nearly killed him: how the mystery was solved",
                TextDumpReader.read(dump).title());
    }

    @Test
    void aLoneHeadlineUnderTheDatelineIsNoTeaserRun() {
        String dump = MENU + "Science and nature news\n\nBy Jane Doe\n\n1 day ago\n\n"
                + "The quilt that nearly killed him\n\n" + TEXT + FOOTER;
        assertEquals("The quilt that nearly killed him", TextDumpReader.read(dump).title());
    }
}
