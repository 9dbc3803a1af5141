package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.parse.Draft;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lines of a dump's header that stand where a headline or a section would, and are neither. */
class HeaderLinesTest {

    private static final String MENU = "Home\n\nNews\n\nSport\n\n";
    private static final String TEXT = """
            The county council last night voted to close three of its libraries, ending weeks of protest by \
            campaigners who had packed the chamber.

            The branches in the north of the county will shut in the spring, the council said, and their books \
            will move to the central library in town.

            Campaigners said older readers and children would suffer most from the closures, which were approved \
            by a narrow margin.
            """;
    private static final String HEADLINE = "Council votes to close three libraries as budget cuts bite\n\n";
    private static final String POINTS = """
            Three branches in the north of the county will shut their doors in the spring
            Campaigners say the closures will hit older readers and children hardest
            Council leader insists the savings are needed to protect care services

            """;
    private static final String BYLINE = "By Jane Smith\n\nPublished: 09:12 GMT, 3 March 2021\n\n";

    @Test
    void aStandfirstOfBulletsIsNoHeadline() {
        // Two points: fewer than a stack of bare lines needs to be read as points; their bullets tell.
        String bullets = "• " + POINTS.lines().limit(2).collect(Collectors.joining("\n• ")) + "\n\n";
        String dump = MENU + HEADLINE + bullets + BYLINE + TEXT;
        assertEquals("Council votes to close three libraries as budget cuts bite", TextDumpReader.read(dump).title());
    }

    @Test
    void aStandfirstOfPointsWithoutBulletsIsNoHeadline() {
        String dump = MENU + HEADLINE + POINTS + BYLINE + TEXT;
        assertEquals("Council votes to close three libraries as budget cuts bite", TextDumpReader.read(dump).title());
    }

    @Test
    void aNoteOnTheNewsletterOverTheBylineIsNoHeadline() {
        String dump = MENU + HEADLINE + "Libraries\n\nPublished in the Library Newsletter, Issue 3, 2021\n\n" + BYLINE
                + TEXT;
        assertEquals("Council votes to close three libraries as budget cuts bite", TextDumpReader.read(dump).title());
    }

    @Test
    void aShareBarsButtonIsNoSection() {
        Draft draft = TextDumpReader.read(MENU + "Share\n\nPrint\n\nReprints\n\n" + HEADLINE + BYLINE + TEXT);
        assertEquals("Council votes to close three libraries as budget cuts bite", draft.title());
        assertNull(draft.section());
    }
}
