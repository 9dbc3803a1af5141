package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A reply's quotation of an earlier post stays in the thread, with the line over it that says whose words they are;
 * a story's second copy of a paragraph does not.
 */
class ForumQuotesTest {

    private static final String MENU = """
            Garden Forum

            Home

            Forums

            Log in

            Garden Forum » Vegetables » Tomatoes splitting

            Tomatoes splitting

            """;

    private static final String QUESTION = "My tomatoes keep splitting just before they ripen, and I water them "
            + "every evening without fail, so I cannot see what else I could be doing wrong with them this summer.";

    private static String post(String name, String posts, String words) {
        return "Quote\n\n" + name + "\n\nPosts: " + posts + "\n\nRe: Tomatoes splitting\n\n" + words + "\n\nTop\n\n";
    }

    private static final String THREAD = post("greenthumb", "311", QUESTION)
            + post("mulcher", "87", "Watering every evening after a dry day makes the fruit swell faster than its "
            + "skin can stretch, which is what splits it. Water deeply twice a week instead.")
            + post("compost", "1204", "greenthumb wrote: ↑\n\n" + QUESTION + "\n\nA thick layer of mulch keeps "
            + "the soil evenly moist between waterings, and the splitting stops within a couple of weeks.")
            + post("greenthumb", "311", "Thanks both, I will try mulch and less frequent watering from now on and "
            + "report back on how the next batch of fruit turns out.")
            + "Post Reply\n\nPage 1 of 1\n\nBoard index\n\nContact us\n\n";

    @Test
    void aReplyKeepsThePostItQuotes() {
        String body = DumpBody.of(MENU + THREAD);
        assertEquals(2, body.split("My tomatoes keep splitting", -1).length - 1, body);
    }

    @Test
    void aReplyKeepsTheLineThatSaysWhoseWordsItQuotes() {
        String wrote = DumpBody.of(refinanceThread("marcia wrote: ↑\n\nSun Sep 01, 2019 8:05 pm"));
        assertTrue(wrote.contains("marcia wrote: ↑\n\nSun Sep 01, 2019 8:05 pm\n\nHas anyone refinanced"), wrote);
        assertFalse(wrote.contains("Posts: 57"), wrote);
        String quoteFrom = DumpBody.of(refinanceThread("Quote from: marcia on September 01, 2019, 08:05:06 PM"));
        assertTrue(quoteFrom.contains("Quote from: marcia on September 01, 2019, 08:05:06 PM\n\nHas anyone"),
                quoteFrom);
    }

    /**
     * A post's own frame right over a reply that opens with its quotation is labelled as an attribution is, but names
     * none of the thread's posters: SMF's "« Reply #2 on: …", phpBB's German "Verfasst am: …", a bare "Quote: ↑".
     */
    @Test
    void aReplysOwnFrameOverItsQuotationStaysOut() {
        for (String frame : new String[] {"« Reply #%d on: September 0%d, 2019, 08:05:06 PM »",
                "Verfasst am: So 0%2$d. Sep 2019, 2%1$d:05"}) {
            String body = DumpBody.of(frameOverQuote(frame, null));
            assertEquals(2, body.split("Has anyone refinanced", -1).length - 1, body);
            assertFalse(body.contains(frame.formatted(2, 1)), body);
        }
        String bare = DumpBody.of(frameOverQuote("« Reply #%d on: September 0%d, 2019, 08:05:06 PM »", "Quote: ↑"));
        assertFalse(bare.contains("Quote: ↑"), bare);
    }

    /**
     * {@link #refinanceThread}'s posts each under its frame line ({@code frame}, formatted with the post's number and
     * day), the third opening with the first's question, under {@code header} if not null.
     */
    private static String frameOverQuote(String frame, String header) {
        String question = "Has anyone refinanced this year, and did the lender cover the closing costs or did you "
                + "have to pay them yourself?";
        String[][] posts = {{"marcia", "Rates have dropped again and I am thinking of refinancing our thirty year "
                + "loan into a fifteen year one.\n\n" + question},
                {"oldtimer", "I did it in June and the lender covered most of the closing costs, so it paid for "
                + "itself within a year and a half."},
                {"saver", (header == null ? "" : header + "\n\n") + question + "\n\nWe paid about a thousand "
                + "dollars for the title services ourselves, and rolled the rest into the new loan."},
                {"banker", "Shop around for the title insurance too, since the preferred vendor of the lender is "
                + "rarely the cheapest one around."},
                {"marcia", "Thanks everyone, that is very helpful, and I will ask three lenders for quotes this "
                + "week before deciding anything."}};
        StringBuilder page = new StringBuilder("Money Forum\n\nBoard index\n\nSearch\n\nRefinance thread\n\n");
        for (int i = 0; i < posts.length; i++) {
            page.append("Re: Refinance thread\n\nQuote\n\n").append(frame.formatted(i, 1 + i / 3)).append("\n\n")
                    .append(posts[i][1]).append("\n\n").append(posts[i][0]).append("\n\nPosts: 57\n\nTop\n\n");
        }
        return page.append("Post Reply\n\nReturn to Personal Finance\n\nWho is online\n\nContact us\n\n").toString();
    }

    /** A thread of five posts, the third quoting the first's question under {@code header}. */
    private static String refinanceThread(String header) {
        String question = "Has anyone refinanced this year, and did the lender cover the closing costs or did you "
                + "have to pay them yourself?";
        return "Money Forum\n\nBoard index\n\nSearch\n\nRefinance thread\n\n"
                + framed("marcia", "Sun Sep 01, 2019 8:05 pm", "Rates have dropped again and I am thinking of "
                + "refinancing our thirty year loan into a fifteen year one.\n\n" + question)
                + framed("oldtimer", "Sun Sep 01, 2019 8:43 pm", "I did it in June and the lender covered most of "
                + "the closing costs, so it paid for itself within a year and a half.")
                + framed("saver", "Sun Sep 01, 2019 10:54 pm", header + "\n\n" + question + "\n\nWe paid about "
                + "a thousand dollars for the title services ourselves, and rolled the rest into the new loan.")
                + framed("banker", "Mon Sep 02, 2019 1:50 am", "Shop around for the title insurance too, since the "
                + "preferred vendor of the lender is rarely the cheapest one around.")
                + framed("marcia", "Mon Sep 02, 2019 9:30 am", "Thanks everyone, that is very helpful, and I will "
                + "ask three lenders for quotes this week before deciding anything.")
                + "Post Reply\n\nReturn to Personal Finance\n\nWho is online\n\nContact us\n\n";
    }

    /** A post in a phpBB-like frame: its title, its writer and date over it, the writer's card and "Top" under it. */
    private static String framed(String name, String date, String words) {
        return "Re: Refinance thread\n\nQuote\n\nPost by " + name + " » " + date + "\n\n" + words + "\n\n" + name
                + "\n\nPosts: 57\n\nJoined: Wed Jun 05, 2019 6:01 am\n\nTop\n\n";
    }

    @Test
    void aStorysSecondCopyOfAParagraphStaysOut() {
        String paragraph = "The council voted on Tuesday to close the old library on the market square, after a "
                + "survey found that fewer than a hundred people borrowed a book there in the whole of last year.";
        String story = """
                Library to close

                %s

                Readers who still hold books from the old library can return them to the new branch on the \
                station road, which opens its doors in the spring with longer hours and a larger reading room.

                A petition to keep the building open as a reading café gathered four hundred names in a week, and \
                the council said it would consider the idea at its next meeting in March.

                Share

                %s
                """.formatted(paragraph, paragraph);
        String body = DumpBody.of(story);
        assertEquals(1, body.split("The council voted", -1).length - 1, body);
    }
}
