package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A live blog tells its story in a lead box above the list of its entries, apart from them: the lead is the
 * article's opening, not only the entries named alike.
 */
class LiveBlogLeadTest {

    private static final String LEAD = "The storm reaches the coast tonight, and the council has closed the seafront "
            + "road until further notice.";

    @Test
    void opensWithTheLeadAboveTheEntries() throws RejectedFileException {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><main><h1>Storm live: the "
                + "coast braces for the night</h1><div class=live-container><div class=live-lead-entry><p>" + LEAD
                + "</p><p>Schools will open late tomorrow, and the ferries stay in port until the wind drops below gale "
                + "force, the harbour master said this afternoon.</p><p>We will bring you every update from the coast "
                + "through the evening in the entries below.</p></div><div class=key-events><h2>Key events</h2><ul>"
                + "<li><a href=#e1>Ferries stay in port</a></li></ul></div><div class=live-entries>");
        String[] entries = {
            "The first gusts have reached the harbour, where fishermen spent the afternoon tying their boats down.",
            "Police ask drivers to stay off the coast road, which is flooded in two places near the old pier.",
            "The power company says four hundred homes are without electricity in the villages north of town.",
            "Volunteers have filled sandbags outside the town hall since noon, and more are arriving by the hour."};
        int n = 0;
        for (String entry : entries) {
            html.append("<div class=live-entry><div class=entry-info>2").append(n++).append(":15</div>")
                    .append("<div class=entry-content><p>").append(entry).append(" Residents are asked to check on "
                    + "their neighbours and to keep away from the sea wall until the morning.</p></div></div>");
        }
        html.append("</div></div></main><footer>© The Coast Paper</footer></body></html>");
        String body = parse(html.toString(), "a.html").body();
        assertTrue(body.startsWith(LEAD), body);
        assertTrue(body.contains(entries[3]), body);
    }
}
