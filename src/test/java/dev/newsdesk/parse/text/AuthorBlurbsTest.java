package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A note on the writer opens with a name and a role, or with the writer greeting the reader by name. */
class AuthorBlurbsTest {

    @Test
    void aNameWithARoleIntroducesTheWriter() {
        assertTrue(AuthorBlurbs.introducesWriter("Jane Miller is a transport reporter at the county paper."));
        assertTrue(AuthorBlurbs.introducesWriter("Karl Berger ist freier Journalist in Hamburg."));
        assertTrue(AuthorBlurbs.introducesWriter("Marie Dupont est journaliste au service économie."));
    }

    @Test
    void aGreetingWithANameIntroducesTheWriter() {
        assertTrue(AuthorBlurbs.introducesWriter("Hallo, ich bin Anna, und hier schreibe ich über Gärten."));
        assertTrue(AuthorBlurbs.introducesWriter("Hi, I'm Sam! I cook for a family of five."));
    }

    @Test
    void aSentenceOfTheStoryDoesNot() {
        assertFalse(AuthorBlurbs.introducesWriter("The mayor said the bridge would reopen in March."));
        assertFalse(AuthorBlurbs.introducesWriter("Ich bin gespannt, wie es weitergeht."));
        assertFalse(AuthorBlurbs.introducesWriter("I am sure the council will find the money."));
    }

    @Test
    void theLinkToAllOfAWritersPostsIsKnownAndABylineIsNot() {
        assertTrue(AuthorBlurbs.linksToWritersPosts("View all posts by Sam Lee →"));
        assertTrue(AuthorBlurbs.linksToWritersPosts("Zeige alle Beiträge von Anna »"));
        assertFalse(AuthorBlurbs.linksToWritersPosts("Artikel von Max Muster"));
    }
}
