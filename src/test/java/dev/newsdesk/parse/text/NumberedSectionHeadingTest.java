package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A long heading opened by its section's number, between a motion's paragraphs, is the text's, not a teaser. */
class NumberedSectionHeadingTest {

    @Test
    void aLongNumberedHeadingBetweenParagraphsStays() {
        String dump = """
                Home

                Motions

                What the teachers' assembly decided on Tuesday

                1) Pay and working hours

                The assembly asks for a rise in pay for every teacher and for the hours of the new timetable to be \
                counted in full, from the first day of the school year.

                It calls on every school to hold a meeting on the timetable before the end of the month.

                2) Strike and march for the climate with the pupils on Friday and Saturday next week

                The assembly supports the pupils' strike on Friday and calls on teachers to join the march in the \
                city centre on Saturday afternoon.

                It will meet again on the Monday after the march to decide what comes next.

                About us

                Contact
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("\n\n2) Strike and march for the climate with the pupils on Friday and Saturday"
                + " next week\n\nThe assembly supports"), body);
    }
}
