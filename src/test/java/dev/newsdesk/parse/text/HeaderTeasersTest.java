package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * Another story's teaser set in an article's header under a "Read also" label is not the article's opening, and its
 * headline is not the article's.
 */
class HeaderTeasersTest {

    private static final String DUMP = """
            Home

            News

            Culture

            Why the old theatre must stay open

            The city wants to sell its last theatre, and with it goes a century of the town's evenings out.

            By Jane Doe

            March 3, 2021

            The theatre's front at night. Photo: John Roe

            Read also

            Budget cuts hit the libraries

            The city will close two of its five libraries next year and cut the opening hours of the others, the council said.

            The old theatre on the market square has stood empty since the summer, when its last company moved to a \
            new hall by the river and the city put the building up for sale to pay for the new one.

            Its friends say that a town of this size needs a stage in its centre, and that the new hall is too far \
            from the bus lines for the old people who made up most of the theatre's audience for decades.

            The council will decide in the spring whether to sell the building or to let it to a new company.

            Share this article

            Imprint
            """;

    @Test
    void theTeaserUnderAReadAlsoLabelInTheHeaderIsNotTheOpening() {
        String body = DumpBody.of(DUMP);
        assertFalse(body.contains("libraries"), body);
        assertTrue(body.contains("has stood empty since the summer"), body);
    }

    @Test
    void theArticlesHeadlineAndStandfirstStayItsOwn() {
        Draft draft = TextDumpReader.read(DUMP);
        assertEquals("Why the old theatre must stay open", draft.title());
        assertTrue(DumpBody.of(draft).startsWith("The city wants to sell its last theatre"), DumpBody.of(draft));
    }
}
