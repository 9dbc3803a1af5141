package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/** An essay's one-word title over a quotation it opens with: the title is the word, the quotation the first line. */
class EpigraphTest {

    private static final String DUMP = """
            Home

            Essays

            Lectures

            Contact

            Search for:

            Stillness

            "The quiet mind hears what the busy one only guesses at."2

            Silence has long been treated as the mere absence of sound, a gap between the things that matter, yet \
            many traditions have held it to be a condition of attention in its own right.

            A walk through an empty forest in winter shows how much the ear still gathers when nothing seems to \
            happen: the creak of a branch, the fall of snow from a bough, one's own breath.

            Learning to notice such things takes time, and it changes how we listen to people as well.

            Imprint

            Privacy
            """;

    @Test
    void aQuotationUnderAOneWordTitleIsTheEssaysFirstLine() {
        Draft draft = TextDumpReader.read(DUMP);
        assertEquals("Stillness", draft.title());
        String body = DumpBody.of(draft);
        assertTrue(body.startsWith("\"The quiet mind hears"), body);
    }
}
