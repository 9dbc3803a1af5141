package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A guide that sets part of its text in accordions (each panel a {@code role="tabpanel"} in an item of a
 * {@code role="tablist"}) between sections wrapped three deep: the panels vote for the element that holds the
 * accordion, so the whole guide is the article, not its longest section. Tabs of a sidebar's link lists stay out.
 */
class AccordionPanelsTest {

    private static final String PANEL = "The car belongs to you from the first day, so you may sell it or lend it to "
            + "whomever you like, whenever you like, without asking anyone.";
    private static final String CLOSING = "In the end the cheapest way to pay for a car depends on your own "
            + "situation, your priorities and what you can afford each month.";

    @Test
    void readsTheAccordionsAsPartOfTheGuide() throws RejectedFileException {
        String body = parse(page(""), "a.html").body();
        assertTrue(body.contains(PANEL), body);
        assertTrue(body.contains("Leasing costs more than its rate"), body);
        assertTrue(body.contains(CLOSING), body);
    }

    /** Guard: a sidebar's tabs of links ("Most read", "Newest") are no part of the guide. */
    @Test
    void leavesASidebarsTabsOfLinksOut() throws RejectedFileException {
        StringBuilder tabs = new StringBuilder("<div class=box><ul role=tablist><li><a href=#a>Most read</a></li>"
                + "<li><a href=#b>Newest</a></li></ul>");
        for (String id : new String[] {"a", "b"}) {
            tabs.append("<div role=tabpanel id=").append(id).append("><ul>");
            for (int i = 1; i <= 4; i++) {
                tabs.append("<li><a href=/story/").append(id).append(i).append(">Another story about prices and the ")
                        .append("money people spend on their cars each year</a></li>");
            }
            tabs.append("</ul></div>");
        }
        String body = parse(page(tabs.append("</div>").toString()), "a.html").body();
        assertFalse(body.contains("Another story about prices"), body);
        assertTrue(body.contains(PANEL), body);
    }

    private static String page(String sidebar) {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><div class=page>"
                + "<div class=main><div><h1>How to pay for a car</h1>");
        html.append(section("Buy it outright if you can. Paying cash is the cheapest way, but a loan or a lease may "
                + "suit you better, so compare their costs and terms before you decide on one of them."));
        html.append("<h3>Why a loan</h3><ul class=accordion role=tablist>");
        String[] titles = {"Ownership", "Selling", "Garages", "Repairs", "Insurance"};
        String[] texts = {PANEL,
            "If money gets tight you may sell the car at any time and pay back the loan with what it brings, "
                    + "which a lease does not allow.",
            "You are not tied to one garage, so you may take the car to a cheaper one or to a friend who knows "
                    + "engines, and save on every visit.",
            "You decide which parts are repaired and when, not the leasing company, and you may change the car as "
                    + "you wish, inside and out.",
            "After two or three years you may switch to a cheaper insurance, which a lease forbids for as long as "
                    + "the contract runs."};
        for (int i = 0; i < titles.length; i++) {
            html.append("<li class=accordion-item><a class=accordion-title role=tab><h3>").append(titles[i])
                    .append("</h3></a><div class=accordion-content role=tabpanel>").append(texts[i])
                    .append("</div></li>");
        }
        html.append("</ul>");
        html.append(section("Leasing costs more than its rate says. A lease looks cheaper at first, with a lower "
                + "rate than a loan, but its small print, its insurance, its mileage and its end add to the cost, "
                + "often more than the rate saves, and the longer the contract runs the more this weighs."));
        html.append("<h2>Our advice</h2><p>").append(CLOSING).append("</p></div></div>")
                .append("<div class=side>").append(sidebar).append("</div></div>")
                .append("<footer><p>Copyright 2024 Example Guides</p></footer></body></html>");
        return html.toString();
    }

    private static String section(String text) {
        return "<div class=row><div class=column><div class=section-text><p>" + text + "</p></div></div></div>";
    }
}
