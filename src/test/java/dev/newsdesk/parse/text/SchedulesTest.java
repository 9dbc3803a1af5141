package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dates a story announces, listed under it one event a line, are the story's; a menu's lines are not dates. */
class SchedulesTest {

    private static final String STORY = """
            The river band goes back on the road next summer

            The river band will go back on the road next summer for the first time in ten years, its four founding \
            members said on Monday, with thirty concerts across the country from June to October.

            The band, which last toured when its third album came out, said the concerts would mix its old songs \
            with the new ones it has been recording in a studio on the coast since the spring.

            Tickets go on sale on Friday morning, and the band said a few more dates could follow in the autumn.

            """;

    @Test
    void theTourDatesUnderTheStoryAreKept() {
        String body = DumpBody.of(STORY + """
                The river band's tour dates

                June 9 – Harbour Hall, Portsmouth

                June 12 – City Arena, Leeds

                July 2 – Park Stage, Bristol

                Aug. 14 – Castle Green, Exeter

                Share this story
                """);
        assertTrue(body.contains("June 9 – Harbour Hall") && body.contains("Aug. 14 – Castle Green"), body);
        assertFalse(body.contains("Share this story"), body);
    }

    @Test
    void twoDatedLinesAreAnotherBoxsEvents() {
        String body = DumpBody.of(STORY + """
                Events near you

                June 9 – Book fair in the old town

                June 12 – Night market on the quay
                """);
        assertFalse(body.contains("Book fair"), body);
    }
}
