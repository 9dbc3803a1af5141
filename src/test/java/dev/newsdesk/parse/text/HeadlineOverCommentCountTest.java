package dev.newsdesk.parse.text;

import static dev.newsdesk.parse.text.TitleOverTheGapTest.FOOTER;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.HEADLINE;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.MENU;
import static dev.newsdesk.parse.text.TitleOverTheGapTest.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A comment count set right under the headline ("New, 6 comments") is the header's, not the end of a box of other
 * stories: the headline over it is the title, not the standfirst under it.
 */
class HeadlineOverCommentCountTest {

    @Test
    void theHeadlineOverItsCommentCountIsTheTitle() {
        String dump = MENU + HEADLINE + "\n\nNew, 6 comments\n\n"
                + "Engineers found cracks in the supports, and drivers face months of detours around the harbour.\n\n"
                + "By Anna Berg Mar 12, 2021, 11:47am\n\n" + TEXT + FOOTER;
        assertEquals(HEADLINE, TextDumpReader.read(dump).title());
    }
}
