package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text browser's dump (lynx, w3m, links) of a page that is mostly menus: the menus' one-word lines set the width
 * most lines keep, far under the 78 columns the tool wrapped the story's paragraphs at, yet each paragraph is one
 * block, not one block a line, though its lines open with names ("Riverton's", "Henry Walker") as often as not.
 */
class ToolWrappedDumpTest {

    private static final String MENU = String.join("\n", ("Home News World Europe Asia Africa Americas Politics "
            + "Business Markets Economy Technology Science Health Education Environment Climate Energy Sport "
            + "Football Cricket Tennis Golf Rugby Cycling Culture Music Film Books Art Theatre Travel Food Style "
            + "Fashion Beauty Homes Gardens Motoring Money Pensions Property Jobs Careers Opinion Letters Obituaries "
            + "Weather Puzzles Crosswords Podcasts Video Photos Newsletters Events Shop Archive About Contact Help "
            + "Privacy Terms Cookies Accessibility").split(" "));

    private static final String DUMP = MENU + """


            Repairs begin on the old water tower in Riverton

            By John Smith, 12 March 2026

            The town council has begun repairing the old water tower that stands on
            Riverton's market square, more than a hundred years after it was built by
            Henry Walker. The work should be finished by the end of the autumn, said
            Anna Stevens, the head of the town's building department, on Monday.

            The tower had long needed a stronger foundation and a new roof, she said, and
            Riverton looked for a builder who knows old buildings for two years, until
            Walker & Sons, a firm from the county town, took the work on in June.

            Share this story

            About us
            Contact us
            Terms of use
            Privacy policy
            Cookie settings
            Site map
            Help centre
            Sign in
            Sign up
            Our apps
            Work for us
            """;

    @Test
    void paragraphsWrappedAtTheToolsWidthAreOneBlockEachUnderAPageOfMenus() {
        List<String> blocks = TextBlocks.split(DUMP).stream().map(Candidate::text).toList();
        assertTrue(blocks.contains("The town council has begun repairing the old water tower that stands on "
                + "Riverton's market square, more than a hundred years after it was built by Henry Walker. The work "
                + "should be finished by the end of the autumn, said Anna Stevens, the head of the town's building "
                + "department, on Monday."), blocks.toString());
        assertTrue(blocks.contains("The tower had long needed a stronger foundation and a new roof, she said, and "
                + "Riverton looked for a builder who knows old buildings for two years, until Walker & Sons, a firm "
                + "from the county town, took the work on in June."), blocks.toString());
    }
}
