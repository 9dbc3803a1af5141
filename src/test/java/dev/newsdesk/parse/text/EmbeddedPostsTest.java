package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The words of a post the article embeds stay, and so does a post the story closes on; the credit stays out as a
 * byline does, and a handle without the post's day is no credit.
 */
class EmbeddedPostsTest {

    private static final String OPENING = """
            Town's new slogan draws mockery online

            The town council unveiled its new tourism slogan on Monday, and within hours residents and visitors \
            alike had turned it into the most shared joke of the week, the mayor's office said on Tuesday.

            The council paid an agency nearly half a million dollars for the campaign, which will run on buses, \
            billboards and the radio until the end of the summer season.

            """;

    private static final String CLOSING = """

            The mayor said on Tuesday that the attention was exactly what the town had hoped for, and that the \
            campaign would go on as planned whatever people thought of the words.

            Council members who voted against the contract said they would ask for the agency's fee to be reviewed \
            at the next meeting, which is open to the public.
            """;

    @Test
    void theWordsOfAnEmbeddedPostStayAndItsCreditGoes() {
        String body = DumpBody.of(OPENING + """
                come for the lake

                stay for the slogan https://t.co/abc123

                — Jane Walker (@janewalker) March 3, 2021
                """ + CLOSING);
        assertTrue(body.contains("come for the lake"), body);
        assertTrue(body.contains("stay for the slogan"), body);
        assertFalse(body.contains("Jane Walker (@janewalker)"), body);
        assertTrue(body.contains("Council members who voted against"), body);
    }

    @Test
    void aCreditInAnotherLanguageMarksThePostToo() {
        String body = DumpBody.of(OPENING + """
                Kommt wegen des Sees https://t.co/xyz789

                — Jana Walter (@janawalter) 3. März 2021
                """ + CLOSING);
        assertTrue(body.contains("Kommt wegen des Sees"), body);
    }

    @Test
    void aPostRightUnderTheLastParagraphClosesTheStory() {
        String body = DumpBody.of(OPENING + CLOSING.strip() + """


                see you at the next meeting https://t.co/def456

                — Tom Berg (@tomberg) March 4, 2021

                Share this story

                Most read
                """);
        assertTrue(body.contains("see you at the next meeting"), body);
        assertFalse(body.contains("Share this story"), body);
    }

    @Test
    void shortLinesOverAHandleWithoutADayStayOut() {
        String body = DumpBody.of(OPENING + """
                Sign up for alerts

                Tip line

                Contact the newsroom (@towndesk) around the clock
                """ + CLOSING);
        assertFalse(body.contains("Sign up for alerts"), body);
        assertFalse(body.contains("Tip line"), body);
        assertFalse(body.contains("Contact the newsroom"), body);
    }
}
