package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The short lines of a forum thread's posts are read with the posts; the frame around each post is not. */
class ForumPostLinesTest {

    private static final String MENU = """
            Bike Forum

            Home

            Forums

            Log in

            Bike Forum » Repairs » Squeaky disc brakes

            Squeaky disc brakes

            """;

    private static String post(String name, String posts, String date, String words) {
        return "Quote\n\n" + name + "\n\nPosts: " + posts + "\n\nJoined: " + date + "\n\nRe: Squeaky disc brakes\n\n"
                + words + "\n\nTop\n\n";
    }

    private static final String THREAD = post("wheelie", "311", "May 2, 2019", """
            My rear disc brake squeals every time I stop, mostly in the wet, and it is getting embarrassing.

            Bought the bike last spring
            Pads replaced in March
            Rotor cleaned with alcohol twice""")
            + post("spokesman", "87", "June 4, 2020", """
            Sounds like glazed pads to me, which happens when they overheat on a long descent.

            Sand them lightly
            Bed them in again with a few hard stops""")
            + post("gearhead", "1204", "March 9, 2015", "Check that the caliper is aligned, a rubbing rotor "
            + "squeals as well and no pad will fix that.")
            + post("wheelie", "311", "May 2, 2019", """
            Thanks all, it was the caliper after all and the squeal is gone.

            Took five minutes with a hex key""")
            + "Post Reply\n\nPage 1 of 1\n\nBoard index\n\nContact us\n\n";

    @Test
    void aPostsShortLinesAreRead() {
        String body = DumpBody.of(MENU + THREAD);
        assertTrue(body.contains("Pads replaced in March"), body);
        assertTrue(body.contains("Bed them in again with a few hard stops"), body);
        assertTrue(body.contains("Took five minutes with a hex key"), body);
    }

    @Test
    void thePostsFrameIsNot() {
        String body = DumpBody.of(MENU + THREAD);
        assertTrue(body.contains("caliper is aligned"), body);
        assertFalse(body.contains("Posts: 311"), body);
        assertFalse(body.contains("Joined:"), body);
        assertFalse(body.contains("Re: Squeaky"), body);
        assertFalse(body.contains("Top"), body);
        assertFalse(body.contains("Board index"), body);
    }
}
