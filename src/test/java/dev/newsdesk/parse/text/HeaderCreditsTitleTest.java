package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A byline the byline pattern does not read is no title: the writer's name under a label alone on its line
 * ("Author:" over the name), a desk's credit naming no person over the dateline; nor is a picture's caption over
 * its credit under the dateline ({@link HeaderCredits}).
 */
class HeaderCreditsTitleTest {

    static final String MENU = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\n";
    static final String HEADLINE = "Five things to do in the harbour this autumn";
    static final String TEXT = """
            WALK the old sea wall on a Sunday morning, when the fishing boats come in and the market opens on the \
            quay; the tour starts at nine from the lighthouse.

            VISIT the maritime museum, whose new hall shows the ships built in the town over three hundred years; \
            it opens every day but Monday.

            TAKE the ferry across the bay to the island, where the cafés stay open until the end of October.
            """;
    static final String FOOTER = "\nAbout us\n\nContact\n\nImprint\n";

    @Test
    void theNameUnderAnAuthorLabelIsNotTheTitle() {
        assertEquals(HEADLINE, titleOf(HEADLINE + "\n\nAuthor:\n\nHarbour Weekly Editorial Team\n\nPublished:\n\n"
                + "Oct 4, 2018"));
    }

    @Test
    void aDesksCreditOverTheDatelineIsNotTheTitle() {
        assertEquals(HEADLINE, titleOf("Learn More\n\n" + HEADLINE + "\n\nHarbour Weekly wire services\n\n"
                + "Published 11:11 PM EST Nov 19, 2019"));
    }

    @Test
    void aCaptionOverItsPicturesCreditUnderTheDatelineIsNotTheTitle() {
        assertEquals(HEADLINE, titleOf(HEADLINE + "\n\nBy Jane Doe\n\nPublished 11:11 PM EST Nov 19, 2019\n\n"
                + "The fishing boats come in at the harbour quay\n\nJohn Smith, Harbour Weekly"));
    }

    @Test
    void aHeadlineEndingOnADesksWordsOverTheBylineStaysTheTitle() {
        String headline = "Harbour paper closes its newsroom";
        assertEquals(headline, titleOf(headline + "\n\nBy Jane Doe\n\nPublished 11:11 PM EST Nov 19, 2019\n\n"
                + "The harbour paper will close its newsroom by the quay next month, its owners said."));
    }

    /** The title of a dump with {@code header} between the site's menu and the text. */
    private static String titleOf(String header) {
        return TextDumpReader.read(MENU + header + "\n\n" + TEXT + FOOTER).title();
    }
}
