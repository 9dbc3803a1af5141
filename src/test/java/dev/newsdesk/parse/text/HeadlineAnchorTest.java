package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.Draft;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A short news item under its headline is the article, even beside a heavier site blurb or teaser. */
class HeadlineAnchorTest {

    private static final String NEWS = """
            Home

            World

            Ferry service to the islands suspended after storm damage

            By Jane Doe

            November 20, 2019 10:43

            The ferry service to the northern islands was suspended on Wednesday after a storm damaged the main \
            pier, the port authority said.

            Engineers will inspect the pier on Thursday, and the ferries could run again by the weekend.

            """ + "About us\n\nContact\n\nCareers\n\nWeather\n\nSport\n\nCulture\n\nTravel\n\nPodcasts\n\nArchive\n\n"
            + "Events\n\nJobs\n\nShop\n\nPuzzles\n\n";

    /** Longer than the news item, about the site, under no headline of its own, past the footer's links. */
    private static final String BLURB = """
            Our customer service team can be reached with any questions or requests about subscriptions, \
            deliveries and events by telephone from Monday to Friday between nine in the morning and six in the \
            evening, or by writing to the address below, and we will answer every message within two working \
            days; for questions about the mobile applications or the archive of past issues, please see the help \
            pages first, where most of the answers that our readers look for can be found.""";

    @Test
    void aShortNewsItemUnderItsHeadlineWinsOverALongerSiteBlurb() {
        Draft d = TextDumpReader.read(NEWS + BLURB + "\n");
        assertEquals("Ferry service to the islands suspended after storm damage", d.title());
        String body = body(d);
        assertTrue(body.startsWith("The ferry service"), body);
        assertTrue(body.contains("by the weekend"), body);
        assertFalse(body.contains("customer service"), body);
    }

    @Test
    void theStoryUnderItsHeadlinePastABoxOfLatestHeadlinesWinsOverTheHeavierTeasersAbove() {
        String teasers = "Latest headlines\n\n"
                + "Bakery closes after sixty years. The family bakery on the market square served its last loaves "
                + "on Saturday after sixty years, as the owners retire without anyone to take over the ovens.\n\n"
                + "New bus line to the airport. A direct bus line will link the old town and the airport from March, "
                + "running every twenty minutes from five in the morning until midnight on every day of the week.\n\n"
                + "Museum reopens its east wing. The city museum reopened its east wing on Sunday after two years of "
                + "works, with the paintings of the old collection hung again in the rooms they were made for.\n\n"
                + "Most viewed\n\nWeather\n\nSport\n\nCulture\n\n";
        Draft d = TextDumpReader.read(teasers + NEWS.substring(NEWS.indexOf("Ferry service")));
        String body = body(d);
        assertTrue(body.startsWith("The ferry service"), body);
        assertFalse(body.contains("bakery"), body);
    }

    @Test
    void aTeaserCardUnderItsHeadlineDoesNotWinOverTheArticle() {
        String teaser = """
                Island schools to close early for the holidays

                By John Roe

                The schools of the islands will close a week early for the holidays this year, the council said on \
                Monday after a long debate.
                """;
        Draft d = TextDumpReader.read(BLURB + "\n\n" + teaser);
        assertTrue(body(d).contains("customer service"), body(d));
    }

    @Test
    void aRunPastAWallAfterTheArticleIsNotTheArticleEvenUnderAHeadline() {
        String later = """
                Most read

                Storm damage: ferry pier to be rebuilt by spring

                The storm damage to the ferry pier will be repaired by spring, the port authority said on Friday.

                The ferry service to the islands will run from the old pier until the new one is finished.
                """;
        Draft d = TextDumpReader.read(BLURB + "\n\n" + later);
        assertTrue(body(d).contains("customer service"), body(d));
        assertFalse(body(d).contains("rebuilt"), body(d));
    }

    private static String body(Draft d) {
        return d.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
