package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A forum thread is read whole, every post in it, though each post is short and its frame long; a story's comments
 * in a frame stay out of the story.
 */
class ForumThreadsTest {

    private static final String MENU = """
            Garden Forum

            Home

            Forums

            Members

            Log in

            Garden Forum » Vegetables » Tomatoes splitting after rain

            Tomatoes splitting after rain

            """;

    private static String post(String name, String date, String words) {
        return "Posted by\n\n" + name + "\n\n" + date + "\n\nMember\n\nQuote\n\n" + words + "\n\n";
    }

    private static final String THREAD = post("greenthumb", "May 2, 2021", "Every time it rains after a dry week my "
            + "tomatoes split open on the vine. What am I doing wrong?")
            + post("rosie", "May 2, 2021", "That is uneven watering. The fruit swells faster than its skin can grow.")
            + post("oldbob", "May 3, 2021", "Water deeply twice a week, even when the weather looks fine.")
            + post("greenthumb", "May 3, 2021", "Thanks, I will try a soaker hose and see how it goes.")
            + post("mira", "May 4, 2021", "Mulch helps a lot too, it keeps the soil evenly moist between waterings.")
            + "Reply\n\nPage 1 of 1\n\nForum rules\n\nContact us\n\n";

    @Test
    void everyPostOfAThreadIsRead() {
        String body = DumpBody.of(MENU + THREAD);
        assertTrue(body.contains("What am I doing wrong?"), body);
        assertTrue(body.contains("uneven watering"), body);
        assertTrue(body.contains("soaker hose"), body);
        assertTrue(body.contains("Mulch helps"), body);
        assertFalse(body.contains("Forum rules"), body);
    }

    private static final String STORY = """
            Library reopens after two years of repairs

            The city library opened its doors again on Monday morning, two years after a burst pipe flooded the \
            reading room and ruined a good part of the local history collection.

            The repairs cost more than planned, the librarian said, because the old wiring had to be replaced as \
            well, but the new reading room has twice as many seats as the old one.

            Volunteers spent the last months drying and sorting the surviving books, and most of the old maps and \
            photographs of the town could be saved.

            """;

    @Test
    void aStorysCommentsInAFrameStayOut() {
        String comments = post("jane", "May 2, 2021", "I hope they keep the opening hours longer on Saturdays this time.")
                + post("mark", "May 2, 2021", "Finally a quiet place to read again in the centre of town.")
                + post("lucy", "May 3, 2021", "Will the library lend bicycles too? The one in the next town does.")
                + post("tom", "May 3, 2021", "I would like to know who pays for the new wiring in the end.");
        String body = DumpBody.of(STORY + comments);
        assertTrue(body.contains("twice as many seats"), body);
        assertFalse(body.contains("bicycles"), body);
    }
}
