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

    private static int number;

    private static String counted(String name, int posts, String words) {
        number++;
        return name + "\n\nOffline\n\nPosts: " + posts + "\n\nActivity: " + 3 * posts
                + "\n\nRe: Notes from a first season of raised beds\n\nMay " + number + ", 2021\n\n#" + number + "\n\n" + words + "\n\n";
    }

    @Test
    void aLongThreadOfLongPostsIsReadByItsPostersLabelledCounts() {
        number = 0;
        // Only "Offline" comes back word for word; the posters' counts come back under their labels, and the first
        // post is long enough to set the frame's lines further apart than a thread of short posts does.
        StringBuilder notes = new StringBuilder("Here are my notes from the first season with raised beds, bed by bed.");
        for (int bed = 1; bed <= 120; bed++) {
            notes.append("\n\nBed ").append(bed).append(" was sown in early spring and gave a fair crop until the "
                    + "slugs found it in the wet weeks of June.");
        }
        String thread = counted("greenthumb", 12, notes.toString())
                + counted("rosie", 431, "Beer traps work for slugs, but copper tape lasts longer.")
                + counted("oldbob", 87, "Raised beds dry out quickly, so water them more than you think.")
                + counted("mira", 5, "Thanks for the notes, I am planning my first beds this winter.")
                + counted("ken", 220, "Which wood did you use for the frames, and has it rotted yet?")
                + counted("greenthumb", 13, "Larch, and it still looks new after a wet year in the garden.")
                + counted("rosie", 432, "Larch is a good choice, it lasts far longer than pine does.")
                + counted("sam", 64, "How deep are your beds, and did you fill them with bought soil?")
                + counted("greenthumb", 14, "Good luck, and start with fewer beds than you want.")
                + "Reply\n\nForum rules\n\nContact us\n\n";
        String body = DumpBody.of(MENU + thread);
        assertTrue(body.contains("Bed 1 was sown"), body);
        assertTrue(body.contains("copper tape"), body);
        assertTrue(body.contains("bought soil"), body);
        assertFalse(body.contains("Posts: 431"), body);
        assertFalse(body.contains("Forum rules"), body);
    }
}
