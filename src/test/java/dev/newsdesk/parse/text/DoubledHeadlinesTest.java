package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A headline the header prints twice above the text is the title, though a caption's first words stand nearer the
 * text ({@link DoubledHeadlines}); a site's slogan set twice tells nothing of the text and stays no title, nor is a
 * quoted subtitle printed twice.
 */
class DoubledHeadlinesTest {

    static final String MENU = TitleOverTheGapTest.MENU;
    static final String HEADLINE = TitleOverTheGapTest.HEADLINE;
    static final String TEXT = TitleOverTheGapTest.TEXT;
    static final String FOOTER = TitleOverTheGapTest.FOOTER;

    @Test
    void aHeadlinePrintedTwiceOverACaptionIsTheTitle() {
        String dump = MENU + HEADLINE + "\n\n12 March 2021\n\nShare\n\n" + HEADLINE + """


                share

                Swing bridge over the harbour

                """ + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aQuotedSubtitlePrintedTwiceIsNotTheTitle() {
        String quote = "Berg: “The old bridge must be safe before it opens again”";
        String dump = MENU + HEADLINE + "\n\n" + quote + "\n\n12 March 2021\n\nShare\n\n" + quote + "\n\n" + TEXT
                + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }

    @Test
    void aSloganPrintedTwiceIsNotTheTitle() {
        String slogan = "Your news and your voice all week long";
        String dump = slogan + "\n\n" + MENU + slogan + "\n\n" + HEADLINE + "\n\n12 March 2021\n\n" + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }
}
