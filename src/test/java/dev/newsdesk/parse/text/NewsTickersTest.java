package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A ticker of the site's timed headlines under the story ends it, its short items' paragraphs too; a live blog's
 * timed entries, each stamp over the entry's own paragraph, are the story.
 */
class NewsTickersTest {

    private static final String STORY = """
            Ferry service to the islands resumes after the storm

            The ferry service to the islands resumed on Thursday morning, three days after the storm forced the \
            operator to keep its boats in the harbour, and the first boat left on time with a full deck.

            The operator said the timetable would be back to normal by the weekend, once the damaged pier on the \
            largest island has been checked by its engineers.

            Islanders who missed hospital appointments during the storm will be given new ones within the week, \
            the health board said.

            """;

    @Test
    void aTickerOfTimedHeadlinesEndsTheStory() {
        String body = DumpBody.of(STORY + """
                Around the region

                14:44 Council approves the new bus lanes

                14:32 Museum reopens its west wing

                14:10

                Weather.

                A yellow warning for wind has been issued for the coast tonight, with gusts of up to eighty \
                kilometres an hour expected after midnight, the weather service said, and the ferry operator \
                said the evening crossings could be cancelled at short notice if the wind rises further.

                13:54 Police appeal for witnesses after a break-in

                13:43 School meals to cost more from September

                13:24 Bridge closed for repairs over the weekend

                13:08 Local team signs a new goalkeeper
                """);
        assertTrue(body.contains("checked by its engineers"), body);
        assertFalse(body.contains("yellow warning"), body);
        assertFalse(body.contains("bus lanes"), body);
    }

    @Test
    void aLiveBlogsTimedEntriesAreTheStory() {
        String body = DumpBody.of(STORY + """
                14:44 Second boat leaves the harbour

                The second boat left at a quarter to three, carrying the lorries that had waited on the quay \
                since Monday, the operator said.

                14:32 Pier inspection begins

                Engineers began checking the pier on the largest island, where the storm tore away part of the \
                railing and flooded the waiting room.

                14:10 Harbour reopens to fishing boats

                The harbour master reopened the harbour to fishing boats, which had been moored in the river \
                mouth since the weekend.

                13:54 Timetable published

                The operator published the timetable for the weekend, with two extra crossings on Saturday.
                """);
        assertTrue(body.contains("carrying the lorries"), body);
        assertTrue(body.contains("two extra crossings"), body);
    }
}
