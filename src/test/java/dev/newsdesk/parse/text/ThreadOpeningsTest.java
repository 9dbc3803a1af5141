package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.MainRegion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thread whose posts are headed by their dated lines opens at the first one: the board's welcome and the thread's
 * tool bar above it stay out; a thread whose stamps close its posts keeps the first post above its stamp.
 */
class ThreadOpeningsTest {

    private static final String BOARD = """
            Bread Bakers Board

            Home

            Forums

            Log in

            Baking » Sourdough

            Welcome to the board! You have to register before you can write posts.

            Thread: Sourdough starter smells of nail polish

            Thread Tools

            Show Printable Version

            """;

    private static String headed(int number, String name, String time, String words) {
        return "0" + number + "-02-2022, " + time + " #" + number + "\n\n" + name + "\n\nProfile\n\nView posts\n\n"
                + words + "\n\nQuote\n\n";
    }

    private static final String HEADED = headed(1, "crumb", "09:12", "My starter smells of nail polish since I moved "
            + "it to the cellar three weeks ago, and the bread from it came out flat and sour last weekend."
            + "\n\nI feed it once a week with white flour and water, the same as all summer. "
            + "Is it dead, or can I still save it?")
            + headed(2, "levain", "10:40", "It is hungry, not dead. Feed it twice a day for a few days.")
            + headed(3, "annie", "11:05", "Keep it warmer as well, a cold cellar slows the yeast more than the "
            + "bacteria.")
            + headed(4, "crumb", "18:30", "Thanks, two feeds in the kitchen and it smells of apples again.")
            + headed(5, "robin", "19:02", "Good to hear. Some rye flour in the feed helps a sluggish starter too.")
            + "Reply\n\nForum rules\n\nContact us\n\n";

    @Test
    void theBoardsLinesAboveTheFirstPostStayOut() {
        String body = DumpBody.of(BOARD + HEADED);
        assertTrue(body.contains("smells of nail polish since I moved it"), body);
        assertTrue(body.contains("rye flour"), body);
        assertFalse(body.contains("Welcome to the board"), body);
        assertFalse(body.contains("Thread Tools"), body);
        assertFalse(body.contains("Show Printable Version"), body);
    }

    @Test
    void aThreadWhoseStampsCloseItsPostsKeepsItsFirstPost() {
        List<String> lines = new ArrayList<>(List.of("Sourdough starter smells of nail polish",
                "My starter smells of nail polish since I moved it to the cellar. Is it dead, or can I save it?"));
        String[] replies = {"It is hungry, not dead. Feed it twice a day for a few days.",
            "Keep it warmer as well, a cold cellar slows the yeast down.",
            "Thanks, two feeds in the kitchen and it smells of apples again.",
            "Good to hear. Some rye flour in the feed helps a sluggish starter."};
        for (int post = 0; post <= replies.length; post++) {
            lines.addAll(List.of("0" + (post + 1) + "-02-2022, 1" + post + ":30 #" + (post + 1), "Quote", "Report"));
            if (post < replies.length) lines.add(replies[post]);
        }
        Judged thread = Judged.of(lines.toArray(String[]::new));
        MainRegion.Range range = new MainRegion.Range(1, lines.size());
        assertEquals(range, ThreadOpenings.cut(thread.blocks(), thread.verdicts(), range));
    }
}
