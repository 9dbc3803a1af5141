package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A custom element (a web component: a tag name with a hyphen) is named by its tag as a box is by its class: an
 * inline teaser written as {@code <x-inline-teaser>}, its headline in the component's own link element, is another
 * page's teaser and goes; a component named otherwise, or a "teaser" that links nowhere, stays.
 */
class CustomElementTeaserTest {

    private static final String TEASER_HEADLINE = "Questions and answers on the bridge plan";
    private static final String TEASER_TEXT = "Find the answers to your questions about the bridge plan and its costs.";
    private static final String BOXED = "The engineers will present the detailed drawings at a public meeting in the "
            + "town hall next week, and residents may ask questions there.";

    @Test
    void dropsAnInlineTeaserWrittenAsACustomElement() throws RejectedFileException {
        String body = parse(page("<x-inline-teaser><x-link href=/faq><h3>" + TEASER_HEADLINE + "</h3></x-link>"
                + "<div><p>" + TEASER_TEXT + "</p></div></x-inline-teaser>"), "a.html").body();
        assertFalse(body.contains(TEASER_HEADLINE), body);
        assertFalse(body.contains(TEASER_TEXT), body);
        assertTrue(body.contains("construction is expected to begin"), body);
    }

    /** Guards: a component whose name says nothing of chrome, and a "teaser" that links nowhere, are the story's. */
    @Test
    void keepsOtherComponentsAndAnUnlinkedTeaser() throws RejectedFileException {
        String named = parse(page("<x-story-box><p>" + BOXED + "</p></x-story-box>"), "a.html").body();
        assertTrue(named.contains(BOXED), named);
        String unlinked = parse(page("<x-inline-teaser><p>" + BOXED + "</p></x-inline-teaser>"), "a.html").body();
        assertTrue(unlinked.contains(BOXED), unlinked);
    }

    private static String page(String inside) {
        return "<html><body><nav><a href=/>Home</a></nav><article><h1>Council votes on the new bridge</h1>"
                + "<p>The council met on Tuesday evening to decide the future of the river crossing, after months of "
                + "debate among residents and engineers.</p><p>Several residents spoke before the vote, and most of "
                + "them asked the council to keep the old stone arches of the bridge.</p>" + inside
                + "<p>The vote passed by seven to two, and construction is expected to begin in the spring once the "
                + "funding has been confirmed by the region.</p><p>Opponents said they would continue to campaign "
                + "against the plan, arguing that the money would be better spent on repairing existing roads.</p>"
                + "</article><footer><p>Copyright 2024 Example News</p></footer></body></html>";
    }
}
