package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A lone paragraph past a cluster of short lines under the article is the site's blurb, also when the site's pitch
 * closes it; the article's end stays.
 */
class TrailingBlurbsTest {

    private static final String ARTICLE = """
            Town council votes to reopen the old river ferry

            The town council voted on Tuesday to bring back the ferry across the river, which stopped running \
            eleven years ago when the last operator retired and nobody could be found to take over the boat.

            The new service will run every half hour from April to October, and the council expects most of its \
            passengers to be cyclists on the long-distance route that crosses the river at the old landing stage.

            A local boat builder has offered to restore the original ferry, which has been lying in a shed on the \
            north bank since it was taken out of the water, and the council will decide on his offer next month.

            Residents who spoke at the meeting welcomed the plan, though several asked whether the fares would be \
            kept low enough for the families who once used the ferry every day to reach the school on the other side.
            """;

    @Test
    void aBlurbPastTagsAndANameGoes() {
        String body = DumpBody.of(ARTICLE + """

                Tags

                Ferry

                Council

                Anna Example

                Anna has written about the towns along the river for twenty years and loves nothing more than an \
                early morning on the water with a camera.
                """);
        assertTrue(body.contains("welcomed the plan"), body);
        assertFalse(body.contains("Anna has written about"), body);
    }

    @Test
    void aBlurbPastAContactGoesWhenAPitchClosesIt() {
        String body = DumpBody.of(ARTICLE + """

                Press contact

                Anna Example

                Phone: 0123 456 789

                Email: press@example.org

                The River Friends Association is a charity that has looked after the banks of the river and their \
                wildlife since 1985 and has around three thousand members.

                With a donation or a membership you support our work for the river and its wildlife, and every \
                donation helps us plant new trees along the banks where the floods of last winter took the old ones.
                """);
        assertTrue(body.contains("welcomed the plan"), body);
        assertFalse(body.contains("River Friends Association"), body);
    }

    @Test
    void theArticlesLastParagraphPastACaptionStays() {
        String body = DumpBody.of(ARTICLE + """

                The old ferry in its shed

                Photo: Anna Example

                The council will publish the timetable and the fares once the boat builder's offer has been \
                accepted, most likely in the first week of March.
                """);
        assertTrue(body.contains("publish the timetable"), body);
    }

    @Test
    void twoParagraphsOfTheSitesPleaPastItsStaffListGo() {
        StringBuilder staff = new StringBuilder("\nOur team\n\n");
        for (String name : new String[] {"Anna Example", "Ben Sample", "Carla Muster", "Dan Roe", "Eva Doe",
                "Finn Beispiel", "Gina Test", "Hugo Mock", "Ida Case", "Jon Stub", "Kim Fake", "Leo Dummy"}) {
            staff.append(name).append("\n\n");
        }
        String body = DumpBody.of(ARTICLE + """

                The ferry last ran on a summer evening eleven years ago, when the operator took a final crowd of \
                neighbours across the river and back, and the council has kept the landing stages in repair ever \
                since in the hope that a new operator would one day be found to take over the crossing.
                """ + staff + """
                Most of our stories begin when readers write to us with a question about their town or their \
                street, and our reporters go out to find the answer for them.

                We do this work every day at no cost to you, but it is far from free to make, and we rely on the \
                support of readers like you to keep it going.
                """);
        assertTrue(body.contains("welcomed the plan"), body);
        assertFalse(body.contains("Most of our stories") || body.contains("no cost to you"), body);
    }

    @Test
    void theArticlesLastTwoParagraphsUnderItsCodeStay() {
        String body = DumpBody.of(ARTICLE + """

                #!/bin/sh

                for stop in north south

                do

                echo $stop

                done

                The script prints the name of each landing stage on the ferry's route.

                The timetable itself will be published in the first week of March.
                """);
        assertTrue(body.contains("prints the name") && body.contains("first week of March"), body);
    }
}
