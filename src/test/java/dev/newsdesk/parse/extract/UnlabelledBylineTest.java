package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The cheap test before the interview credit's regex lets every phrase of the credit through, in any case. */
class UnlabelledBylineTest {

    @Test
    void everyPhraseOfAnInterviewsCreditPassesTheCheapTest() {
        for (String phrase : UnlabelledByline.CONVERSATION_PHRASES) {
            assertTrue(UnlabelledByline.mayNameConversation("Jane Doe " + phrase + " John Roe"), phrase);
            String upper = phrase.toUpperCase(Locale.ROOT);
            assertTrue(UnlabelledByline.mayNameConversation("Jane Doe " + upper + " John Roe"), upper);
        }
    }

    @Test
    void aLineWithoutTheirLettersDoesNot() {
        assertFalse(UnlabelledByline.mayNameConversation("The mayor met the council on Monday at noon"));
    }
}
