package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A news page often sets the story's key points in a box of their own right above its body: a short label over two to
 * five bulleted sentences. Readers see them as the article's summary, so they are its opening; a list of links or of
 * other stories' headlines in the same place is not.
 */
class KeyPointsTest {

    private static final String BODY = "<div class=story-body><p>The harbour ferry returned to service on Monday "
            + "after a winter of repairs, and the first crossing left the quay a few minutes after seven.</p><p>The "
            + "operator said the new engines burn a third less fuel, and that the timetable would stay as it was last "
            + "summer, with a boat every forty minutes until late in the evening.</p><p>Passengers on the first "
            + "crossing said the ride felt smoother, though the café on the upper deck stays closed until "
            + "April while its kitchen is refitted by a firm from the mainland.</p><p>The council, which pays for "
            + "part of the service, will review the costs of the repairs at its meeting next month, when the "
            + "operator is expected to ask for a larger grant for the years ahead.</p></div>";
    private static final String[] POINTS = {
        "The ferry is back in service after four months of repairs to its hull and engines.",
        "New engines cut its fuel use by a third, the operator says.",
        "The council will review the cost of the repairs next month."};

    private static String page(String box) {
        return "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><main><article><header><h1>The "
                + "harbour ferry is back after a winter of repairs</h1></header><div class=row>" + box + BODY
                + "</div></article></main><footer>© The Coast Paper</footer></body></html>";
    }

    private static String bullets(String... items) {
        StringBuilder ul = new StringBuilder("<ul>");
        for (String item : items) ul.append("<li>").append(item).append("</li>");
        return ul.append("</ul>").toString();
    }

    @Test
    void opensWithTheKeyPointsAboveTheBody() throws RejectedFileException {
        String body = parse(page("<div class=summary-box><div class=box-title>Key Points</div><div class=list>"
                + bullets(POINTS) + "</div></div>"), "a.html").body();
        assertTrue(body.startsWith("Key Points"), body);
        for (String point : POINTS) assertTrue(body.contains(point), body);
    }

    @Test
    void takesUnlabelledBulletsAboveTheBody() throws RejectedFileException {
        String body = parse(page("<div class=highlights>" + bullets(POINTS) + "</div>"), "a.html").body();
        assertTrue(body.startsWith(POINTS[0]), body);
    }

    @Test
    void leavesRelatedLinksAboveTheBodyOut() throws RejectedFileException {
        String body = parse(page("<div class=related><div class=box-title>Related</div><ul><li><a href=/a>The "
                + "ferry's engines failed twice last winter, leaving islanders stranded.</a></li><li><a href=/b>The "
                + "council voted to keep paying for the crossing for another five years.</a></li></ul></div>"),
                "a.html").body();
        assertFalse(body.contains("stranded"), body);
    }

    @Test
    void leavesATableOfContentsOut() throws RejectedFileException {
        String body = parse(page("<nav class=toc><div>Contents</div><ul><li><a href=#a>What was repaired on the "
                + "ferry</a></li><li><a href=#b>What the new engines save</a></li><li><a href=#c>What the council "
                + "pays</a></li></ul></nav>"), "a.html").body();
        assertFalse(body.contains("What the new engines save"), body);
    }

    @Test
    void leavesOtherStoriesHeadlinesOut() throws RejectedFileException {
        String body = parse(page("<div class=more><div class=box-title>Top stories</div>" + bullets(
                "Storm closes the coast road for the second time this month",
                "Fishermen protest against the new harbour fees at the town hall",
                "School on the island to stay open after parents' campaign") + "</div>"), "a.html").body();
        assertFalse(body.contains("Storm closes"), body);
    }

    @Test
    void leavesBulletsCopiedFromTheLeadOut() throws RejectedFileException {
        String body = parse(page("<div class=summary-box><div class=box-title>Key Points</div>" + bullets(
                "The harbour ferry has returned to service on Monday after a winter of repairs.",
                "The operator said the new engines burn a third less fuel than the old ones.") + "</div>"),
                "a.html").body();
        assertFalse(body.startsWith("Key Points"), body);
    }

    /** Guard: the headline beside the box in the story's wrapper is no label of the box. */
    @Test
    void takesNoHeadlineBesideTheBoxForItsLabel() throws RejectedFileException {
        String page = "<html><body><article><h1>Harbour ferry back after repairs</h1><div class=summary>"
                + bullets(POINTS) + "</div>" + BODY + "</article></body></html>";
        String body = parse(page, "a.html").body();
        assertTrue(body.startsWith(POINTS[0]), body);
        assertFalse(body.contains("Harbour ferry back"), body);
    }
}
