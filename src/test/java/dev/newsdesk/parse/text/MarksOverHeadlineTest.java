package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.parse.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A blog's byline or dateline set over the post's headline dates and signs the post; a teaser's date does not. */
class MarksOverHeadlineTest {

    private static final String MENU = "Home\n\nGarden\n\nRecipes\n\nAbout\n\n";
    private static final String HEADLINE = "Tomatoes on a small balcony\n\n";
    private static final String TEXT = """
            Growing tomatoes on a balcony takes less room than most people think. A single large pot holds one \
            plant, and a sunny wall behind it keeps the fruit warm through the cool evenings of early summer.

            Pick a compact variety bred for containers. They stay short, need little staking and still give a \
            steady harvest from July until the first frost, which is all a small household needs.

            Water in the morning and feed every two weeks once the first flowers open. Too much water splits the \
            fruit, so let the top of the soil dry out a little between waterings.
            """;

    @Test
    void aBylineOverTheHeadlineSignsAndDatesThePost() {
        Draft draft = TextDumpReader.read(MENU + "Posted by Anna Berg on 3 March 2020\n\n" + HEADLINE + TEXT);
        assertEquals(List.of("Anna Berg"), draft.authors());
        assertEquals("2020-03-03", draft.publishedAt());
    }

    @Test
    void theDateNearestTheHeadlineIsThePosts() {
        Draft draft = TextDumpReader.read(MENU + "Monday, 7 December 2026\n\nMarch 3, 2020\n\n" + HEADLINE + TEXT);
        assertEquals("2020-03-03", draft.publishedAt());
    }

    @Test
    void aTeasersDateOverTheHeadlineDatesNothing() {
        Draft draft = TextDumpReader.read(MENU + "Five herbs that thrive on a windowsill\n\n12 February 2020\n\n"
                + HEADLINE + TEXT);
        assertEquals("Tomatoes on a small balcony", draft.title());
        assertNull(draft.publishedAt());
        assertEquals(List.of(), draft.authors());
    }

    @Test
    void aBylineUnderTheHeadlineStillComesFirst() {
        Draft draft = TextDumpReader.read(MENU + "March 3, 2020\n\n" + HEADLINE + "By Jane Doe, 5 April 2021\n\n"
                + TEXT);
        assertEquals(List.of("Jane Doe"), draft.authors());
        assertEquals("2021-04-05", draft.publishedAt());
    }
}
