package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * A dump's title is the story's headline, not a line of the gap between its header and its text: a box of other
 * headlines' last teaser, a picture's name under the comment count, a share bar's "Link copied", a call to print or
 * share the article, its menu ("Show more sharing options"), a writer's e-mail address ({@link TitleChrome}); a
 * share menu naming the headline gives it.
 */
class TitleOverTheGapTest {

    static final String MENU = "Home\n\nNews\n\nSport\n\nCulture\n\nWeather\n\n";
    static final String HEADLINE = "Harbour bridge closed to traffic until the spring";
    static final String TEXT = """
            The old swing bridge over the harbour will stay closed to traffic until the spring, the city council \
            said on Tuesday, after engineers found cracks in two of its four steel supports.

            Repairs are expected to cost more than two million euros, said Anna Berg, the engineer in charge, and a \
            ferry will carry cyclists and people on foot across the harbour every ten minutes.

            The council will decide next month whether to rebuild the bridge entirely.
            """;
    static final String FOOTER = "\nAbout us\n\nContact\n\nImprint\n";

    @Test
    void theLastTeaserOfABoxOfOtherHeadlinesIsNotTheTitle() {
        String dump = MENU + HEADLINE + """


                Cracks in the supports of the old swing bridge mean months of detours for drivers.

                Share

                Print

                Related articles

                New tram line to open in the autumn

                City budget leaves little for the parks

                Anna Berg: why old bridges need new eyes

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aPictureNameUnderTheCommentCountIsNotTheTitle() {
        String dump = MENU + HEADLINE + """


                Cracks in the supports of the old swing bridge mean months of detours for drivers.

                Share

                Comments 0

                Swing bridge

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aShareBarsCopiedLinkIsNotTheTitle() {
        String dump = MENU + HEADLINE + """


                Cracks in the supports of the old swing bridge mean months of detours for drivers.

                By Jane Doe

                03/03/2021 10:15 AM

                Facebook

                Twitter

                Link

                Link Copied

                More

                Mail

                Print

                Reddit

                WhatsApp

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aCallToPrintOrShareOverTheBylineIsNotTheTitle() {
        String dump = MENU + HEADLINE + """


                March 3

                10:15 2021

                Print This Article Share it With Friends

                By Harbour Gazette Staff 0 Comments

                """ + TEXT + "\nIt is the second time this year that the bridge has closed.\n" + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aBylineWithItsCommentCountDoesNotHideTheHeadline() {
        String dump = MENU + HEADLINE + """


                By Anna Berg 0 Comments

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineThatOnlyOpensWithAButtonsWordStaysTheTitle() {
        String headline = "Share of homes with solar panels doubles in the harbour district";
        String dump = MENU + headline + """


                By Harbour Gazette Staff 0 Comments

                """ + TEXT + "\nIt is the second time this year that the bridge has closed.\n" + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineRightOverTheTextUnderABoxOfTeasersKeepsIt() {
        String dump = MENU + """
                Related articles

                New tram line to open in the autumn

                City budget leaves little for the parks

                """ + HEADLINE + "\n\n" + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aWritersEmailAddressIsNotTheTitle() {
        assertEquals(HEADLINE, title("Anna.Berg@harbourgazette.example"));
    }

    @Test
    void theHeadlineAShareMenuNamesIsTheTitle() {
        String dump = MENU + HEADLINE + """


                New, 15 comments

                Cracks in the supports of the old swing bridge mean months of detours

                By Jane Doe Mar 3, 2021, 10:15am

                Share this story

                Share this on Facebook

                Share this on Twitter

                Share All sharing options

                Share All sharing options for: """ + HEADLINE + """


                Linkedin

                Reddit

                Pocket

                Flipboard

                Email

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aShareBarsMenuIsNotTheTitle() {
        String dump = MENU + HEADLINE + """


                Cracks in the supports of the old swing bridge mean months of detours for drivers.

                (Harbour Gazette / Jane Doe)

                By Jane Doe

                Mar. 3, 2021

                10:15 AM

                Facebook

                Twitter

                Show more sharing options

                Share Close extra sharing options

                Facebook

                Twitter

                LinkedIn

                Email

                Print

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aHeadlineWithAKickerOrAnAtSignStaysTheTitle() {
        String kicker = "Print: the harbour bridge that engineers cannot save";
        assertEquals(kicker, TextDumpReader.read(MENU + kicker + "\n\n" + TEXT + FOOTER).title());
        String handle = "Harbour bridge closed: @HarbourCouncil answers readers";
        assertEquals(handle, TextDumpReader.read(MENU + handle + "\n\n" + TEXT + FOOTER).title());
    }

    /** A standfirst without its full stop, made of the text's words: it stands nearer the text than its headline. */
    private static final String STANDFIRST = "Engineers found cracks in two of the old bridge's four steel supports, "
            + "the city council said on Tuesday";

    @Test
    void theHeadlineOverAStandfirstThatSharesItsWordsIsTheTitle() {
        String headline = "Swing bridge shut for the winter as harbour detours begin";
        String dump = MENU + headline + "\n\n" + STANDFIRST + "\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    @Test
    void aLineOverTheStandfirstThatSharesNoneOfItsWordsIsNotTheTitle() {
        // Another story's teaser: it tells of the text (the harbour's ferry, on foot), not of the standfirst.
        String dump = MENU + "Ferry across the harbour now free for people on foot\n\n" + STANDFIRST + "\n\n" + TEXT
                + FOOTER;
        assertEquals(STANDFIRST, TextDumpReader.read(dump).title());
    }

    /** A header's byline and dateline closed by a share bar: what comes under the bar opens the body. */
    private static final String BYLINE_AND_BAR = """
            By Jane Doe | Harbour Gazette

            Published March 3, 2021

            Facebook

            Twitter

            Print

            Email

            """;

    @Test
    void aVideosTitleUnderTheShareBarIsNotTheTitle() {
        assertEquals(HEADLINE, title(BYLINE_AND_BAR + "Video\n\nSwing bridge repairs: the harbour council explains"));
    }

    @Test
    void aSentenceLongVideoTitleUnderItsLabelIsNotTheTitle() {
        // Long enough to read as a summary, yet under a video's label it is the video's name, not a standfirst.
        assertEquals(HEADLINE, title(BYLINE_AND_BAR
                + "Video\n\nCity council explains why the swing bridge over the harbour stays closed for repairs"));
    }

    @Test
    void aSummaryUnderTheShareBarWithNoLabelOpensTheText() {
        String summary = "City council explains why the swing bridge over the harbour stays closed for repairs";
        Draft draft = TextDumpReader.read(MENU + HEADLINE + "\n\n" + BYLINE_AND_BAR + summary + "\n\n" + TEXT
                + FOOTER);
        assertEquals(summary, draft.blocks().get(0).text());
    }

    @Test
    void aLineOfTopicTagsUnderTheShareBarIsNotTheTitle() {
        assertEquals(HEADLINE, title(BYLINE_AND_BAR + "Harbour Bridge Council Traffic"));
    }

    @Test
    void aHeadlineUnderABylineAndShareBarStaysTheTitle() {
        // A page that prints the byline and its buttons first: no headline stands over them, the bar closes nothing.
        String headline = "Harbour bridge repairs to start in the spring";
        String dump = MENU + BYLINE_AND_BAR + headline + "\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    @Test
    void aWritersBareNameOverTheDatelineAnchorsTheHeadline() {
        // The picture's name nearer the text shares more of its words; the byline without "By" marks the headline.
        assertEquals(HEADLINE, title("Jane Doe\n\nMarch 3, 2021\n\nSwing bridge repairs"));
    }

    @Test
    void aHeadlineInCapitalsOverTheDatelineStaysTheTitle() {
        String headline = "Harbour Bridge Closes Tonight";
        String dump = MENU + "Local News\n\n" + headline + "\n\nMarch 3, 2021\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    /** The title of a dump with {@code header} between its headline and its text. */
    private static String title(String header) {
        return TextDumpReader.read(MENU + HEADLINE + "\n\n" + header + "\n\n" + TEXT + FOOTER).title();
    }
}
