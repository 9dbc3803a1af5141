package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Dumps made by tools rather than by a browser's copy: a text browser's numbered links and their list of addresses,
 * a converter's Markdown links and pictures. The article reads as the page's words, without the tool's marks.
 */
class ToolDumpsTest {

    private static final String LYNX = """
               [1]Home [2]News [3]Sport

            Harbour ferry returns after a winter of repairs

               The town's only ferry crossed the bay again on Monday morning, carrying
               forty passengers and two delivery vans after [4]five months in dry dock.

               Passengers queued on the pier from seven o'clock, and the first crossing
               left on time despite a stiff wind from the west, the [5]operator said.

            References

               Visible links:
               1. https://example.org/
               2. https://example.org/news
               3. https://example.org/sport
               4. https://example.org/news/dry-dock
               5. https://example.org/ferries
            """;

    private static final String HTML2TEXT = """
            [Home](https://example.org/) [News](https://example.org/news)

            # Harbour ferry returns after a winter of repairs

            ![The ferry at the pier](https://example.org/images/ferry-at-
            the-pier.jpg)

            The town's only ferry crossed the bay again on Monday morning, carrying forty
            passengers and two delivery vans after [five months in dry
            dock](https://example.org/news/dry-dock "Dry dock").

            Passengers queued on the pier from seven o'clock, and the first crossing left
            on time despite a stiff wind from the west, the [operator](https://example.org/ferries) said.
            """;

    @Test
    void dropsATextBrowsersLinkNumbersAndTheirList() {
        assertReadsAsTheStory(DumpBody.of(LYNX));
    }

    @Test
    void readsMarkdownLinksAsTheirWordsAndDropsPictures() {
        String body = DumpBody.of(HTML2TEXT);
        assertReadsAsTheStory(body);
        assertFalse(body.contains("The ferry at the pier"), body);
    }

    @Test
    void keepsNumbersInBracketsWithoutAListOfAddresses() {
        assertEquals("Figures [1] and [2] show it.", LinkReferences.strip("Figures [1] and [2] show it."));
    }

    @Test
    void knowsTheListByItsShapeInAnyLanguageAndKeepsOtherBrackets() {
        // lynx translates its heading; numbers that stand apart ("[2019] to", "a[0]", "report [1].") are no links.
        String german = LYNX.replace("References", "Verweise").replace("Visible links:", "Sichtbare Links:");
        assertReadsAsTheStory(DumpBody.of(german));
        String own = "The index a[0] and the years [2019] to [2024] are in the report [1].\n\nSources\n\n"
                + "1. https://example.org/report\n";
        assertEquals(own, LinkReferences.strip(own), "numbers apart from words point nowhere: the list is the page's");
    }

    @Test
    void readsALinkWhoseAddressHoldsParentheses() {
        assertEquals("As Mercury rose, the mayor spoke.",
                MarkdownLinks.words("As [Mercury](https://en.example.org/wiki/Mercury_(planet)) rose, the mayor spoke."));
    }

    @Test
    void dropsNumbersAgainstQuotesAndKeepsAPagesOwnListOfAddresses() {
        String quoted = "The [1]“Courier” and the [2](PDF) report agree.\n\nReferences\n\n"
                + "   1. https://example.org/courier\n   2. https://example.org/report.pdf\n";
        assertEquals("The “Courier” and the (PDF) report agree.\n\n", LinkReferences.strip(quoted));
        String own = "The bridge reopens in May.\n\nFurther reading\n\n1. https://example.org/bridge\n";
        assertEquals(own, LinkReferences.strip(own), "no number in the text points into the list: the page's own");
    }

    @Test
    void knowsTheListWhenAnAddressHoldsSpacesAndReadsAVeryLongMarkdownAddress() {
        String spaced = LYNX.replace("5. https://example.org/ferries", "5. https://example.org/Ferry Timetable 2024.pdf");
        assertReadsAsTheStory(DumpBody.of(spaced));
        // a picture's data: address runs to hundreds of kilobytes; it is matched whole, not a step a character
        String picture = "Before ![chart](data:image/png;base64," + "A".repeat(300_000) + ") after.";
        assertEquals("Before  after.", MarkdownLinks.words(picture));
    }

    /** The story's sentences whole, the links' words in them and no address. */
    private static void assertReadsAsTheStory(String body) {
        assertTrue(body.contains("two delivery vans after five months in dry dock."), body);
        assertTrue(body.contains("the operator said."), body);
        assertFalse(body.contains("https://"), body);
    }
}
