package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * A headline long or loud enough to weigh as prose opens the article's run, right over its byline or printed twice:
 * it is the title, not the menu's label over it, and not the text's first paragraph ({@link OpeningHeadlines}); so is
 * a question the run opens with under a label that tells nothing of the text. A standfirst under its headline, or a
 * quoted sentence, over the byline stays what it is, and so does a paragraph that opens asking.
 */
class OpeningHeadlinesTest {

    static final String MENU = TitleOverTheGapTest.MENU;
    static final String TEXT = TitleOverTheGapTest.TEXT;
    static final String FOOTER = TitleOverTheGapTest.FOOTER;
    static final String LOUD =
            "Cracks found in the old swing bridge: harbour crossing closed to all traffic until spring!";

    @Test
    void aLoudHeadlineOverTheBylineIsTheTitle() {
        readTitled(MENU + "Blog - Latest News\n\n" + LOUD + "\n\nBy Anna Berg\n\n12 March 2021\n\n" + TEXT + FOOTER,
                LOUD);
    }

    @Test
    void aLoudHeadlinePrintedTwiceIsTheTitle() {
        Draft draft = readTitled(MENU + "Fact Check\n\n" + LOUD + "\n\n" + LOUD + "\n\n" + TEXT + FOOTER, LOUD);
        assertEquals("Fact Check", draft.section());
    }

    @Test
    void aStandfirstUnderItsHeadlineIsNotTheTitle() {
        String headline = TitleOverTheGapTest.HEADLINE;
        String standfirst = "Will drivers face months of detours around the harbour while engineers repair the cracks "
                + "found in the supports of the old swing bridge?";
        String dump = MENU + headline + "\n\n" + standfirst + "\n\nBy Anna Berg\n\n12 March 2021\n\n" + TEXT + FOOTER;
        assertEquals(headline, TextDumpReader.read(dump).title());
    }

    @Test
    void aQuotedSentenceOverTheBylineIsNotTheTitle() {
        String quote = "“We will not open the old bridge again before every one of its supports is safe.”";
        String dump = MENU + "Blog - Latest News\n\n" + quote + "\n\nBy Anna Berg\n\n12 March 2021\n\n" + TEXT + FOOTER;
        assertNotEquals(quote, TextDumpReader.read(dump).title());
    }

    @Test
    void aQuestionOpeningTheRunUnderALabelIsTheTitle() {
        String question = "Will the old swing bridge over the harbour open again to cars before the spring?";
        readTitled(MENU + "Local News\n\n" + question + "\n\n" + TEXT + FOOTER, question);
    }

    @Test
    void aParagraphOpeningWithAQuestionIsNotTheTitle() {
        String paragraph = "Is the old swing bridge safe? Will it open again to cars before the spring?";
        String dump = MENU + "Local News\n\n" + paragraph + "\n\n" + TEXT + FOOTER;
        assertNotEquals(paragraph, TextDumpReader.read(dump).title());
    }

    /** The draft of {@code dump}, asserted to be titled {@code headline} and to open its text under it. */
    private static Draft readTitled(String dump, String headline) {
        Draft draft = TextDumpReader.read(dump);
        assertEquals(headline, draft.title());
        assertFalse(draft.blocks().get(0).text().equals(headline));
        return draft;
    }
}
