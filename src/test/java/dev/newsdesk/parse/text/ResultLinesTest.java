package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.Candidate;
import org.junit.jupiter.api.Test;

/** A round-up of games, lines of names and tallies under score lines, is the article, not a run of short lines. */
class ResultLinesTest {

    @Test
    void aRoundUpOfGamesIsTheArticle() {
        String body = DumpBody.of("""
                Sign in

                Local Sports: Oakdale stays unbeaten with win over Riverside

                Sam Carter Valley Herald

                Published 9:05 PM Dec 3, 2025

                BOYS HOCKEY

                Oakdale d. Riverside 4-2

                Oakdale (5-0): Perez 2 goals. Lindqvist 1 goal, 2 assists. Moreau 1 goal. Kane 31 saves.

                Riverside (2-3): Thomas Whitfield 1 goal and 2 assists. Benjamin Pierce 27 saves.

                Hillcrest d. Pine Ridge 3-1

                Hillcrest (3-1): Novak 2 goals. Brandt 1 goal. Ruiz 22 saves.

                Pine Ridge (1-4): Osei 1 goal. Tamm 35 saves.

                Terms of Service Privacy Notice
                """);
        assertTrue(body.startsWith("BOYS HOCKEY"), body);
        assertTrue(body.contains("Oakdale (5-0): Perez 2 goals."), body);
        assertTrue(body.endsWith("Pine Ridge (1-4): Osei 1 goal. Tamm 35 saves."), body);
    }

    @Test
    void aTallyLineIsNamesAndTallies() {
        assertTrue(ResultLines.isTally(block("Eastside (1-0): Moreno 19 points. Ruiz 6 steals.")));
        assertFalse(ResultLines.isTally(block("Oakdale d. Riverside 4-2")), "a score line has no stop");
        assertFalse(ResultLines.isTally(block("The club, which has won 3 titles in the past decade, opened a new "
                + "ground on the edge of town last spring.")), "a sentence of a story holds more than a tally");
    }

    private static Candidate block(String text) {
        return new Candidate(text, Candidate.Kind.PARAGRAPH, 0, false);
    }
}
