package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A box the site sets under the article to ask for its readers' support goes whole: its heading and the lines on why
 * the site needs the money read as the article's prose, only one line asks.
 */
class PromoBoxesTest {

    /** More of the story: a box may hold a small share of the article's words at most. */
    private static final String[] MORE = {
        "Engineers inspected the old stone bridge at the mill last week and found that two of its arches had been"
            + " weakened by the water, so it will be the first to be repaired.",
        "The council also set aside money for a footbridge near the school, which parents have asked for because"
            + " children now walk along the busy road to reach the playing fields.",
        "Traffic will be diverted through the industrial estate while the work goes on, and the bus company said"
            + " its timetable would change for a few weeks in the spring.",
        "A public meeting on the plans will be held in the library next month, where residents can look at the"
            + " drawings and put their questions to the engineers."};

    /** The article in a text column, then a column named alike (a page builder's) holding the appeal. */
    private static String page(String box) {
        StringBuilder html = new StringBuilder("<html><body><div class=row><div class=\"col text-column\">");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        for (String p : MORE) html.append("<p>").append(p).append("</p>");
        html.append("</div></div><div class=row><div class=\"col text-column\">").append(box).append("</div></div>");
        return html.append("</body></html>").toString();
    }

    @Test
    void dropsADonationAppealInABoxOfItsOwn() throws RejectedFileException {
        String body = parse(page("<h2>Keep the Valley Courier independent</h2>"
                + "<p>Did you know that no other paper has covered the council for thirty years, week after week?</p>"
                + "<p>Reporting like this takes time, and our small newsroom pays for it with the help of readers.</p>"
                + "<p>We need your support: every small donation keeps the Courier free to read for everyone.</p>"),
                "a.html").body();
        assertFalse(body.contains("Keep the Valley Courier independent"), body);
        assertFalse(body.contains("covered the council for thirty years"), body);
        assertTrue(body.contains("over the coming months."), body);
    }

    /** A box of the article's own that speaks of giving (a charity's appeal the story reports) stays. */
    @Test
    void keepsABoxThatReportsAnotherOrganisationsAppeal() throws RejectedFileException {
        String box = "<h2>How to help</h2>"
                + "<p>The food bank on Mill Street has asked residents for tinned food and warm clothes before the"
                + " winter, and its volunteers say the shelves have never been so empty.</p>"
                + "<p>Donations can be left at the town hall on weekdays until the end of the month.</p>";
        String body = parse(page(box), "a.html").body();
        assertTrue(body.contains("the shelves have never been so empty"), body);
        assertTrue(body.contains("over the coming months."), body);
    }

    /** An appeal the site repeats between the entries of a long page goes each time, the entries around it stay. */
    @Test
    void dropsEachOfAnAppealsRepeatsBetweenTheEntries() throws RejectedFileException {
        String box = "<div class=appeal><h3>Why we need you</h3><p>Support our journalism today.</p></div>";
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        for (String p : MORE) html.append("<div class=entry><p>").append(p).append("</p></div>").append(box);
        String body = parse(html.append("</article></body></html>").toString(), "a.html").body();
        assertFalse(body.contains("Why we need you"), body);
        assertFalse(body.contains("Support our journalism"), body);
        assertTrue(body.contains("put their questions to the engineers."), body);
    }
}
