package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A box of other stories' excerpts set above the story in a dump, each cut off with an ellipsis, does not take the
 * article; a story whose subheadings each head a paragraph of its own keeps them all.
 */
class CutExcerptsTest {

    private static final String EXCERPTS = """
            Latest News

            Council approves new budget for road repairs LONDON: The city council on Tuesday approved a budget that \
            sets aside more money than ever for repairing the roads of the older districts, where residents have...

            Rail strike called off after late talks MANCHESTER: Union leaders called off the strike planned for the \
            weekend after talks with the operators went on through the night and ended with an offer that...

            Flood warnings lifted across the valley YORK: The agency lifted the last of its flood warnings on \
            Wednesday as the river fell back below its banks for the first time since the storms of early...

            """;

    private static final String STORY = """
            Museum reopens its old wing to visitors

            The museum opened its restored west wing to visitors on Thursday, four years after a leaking roof forced \
            the curators to move the collection of clocks and maps into storage.

            Workers replaced the roof, rebuilt two of the walls and put in new lighting that keeps the old paper of \
            the maps away from harmful light, the director said.

            The wing will be open every day except Monday, and entry will be free for the first month, after which \
            the usual ticket for the whole museum will cover it as well.

            """;

    private static final String SUBHEADED_STORY = """
            The roof

            Workers replaced the roof of the west wing, which had leaked for years, with slate from the same quarry \
            that supplied the original builders two centuries ago.

            The walls

            Two of the walls were rebuilt stone by stone, each stone numbered before it was taken down so that it \
            could go back where it had stood before.

            The lights

            New lighting keeps the old paper of the maps away from harmful light, and the cases were sealed against \
            the damp that had crept in under the broken roof.

            """;

    @Test
    void aBoxOfCutExcerptsAboveTheStoryIsNotTheArticle() {
        String body = DumpBody.of(EXCERPTS + STORY);
        assertTrue(body.contains("restored west wing"), body);
        assertFalse(body.contains("road repairs"), body);
        assertFalse(body.contains("flood warnings"), body);
    }

    @Test
    void aStoryWhoseSubheadingsHeadParagraphsKeepsThem() {
        String body = DumpBody.of(STORY + SUBHEADED_STORY);
        assertTrue(body.contains("same quarry"), body);
        assertTrue(body.contains("numbered before"), body);
        assertTrue(body.contains("sealed against"), body);
    }
}
