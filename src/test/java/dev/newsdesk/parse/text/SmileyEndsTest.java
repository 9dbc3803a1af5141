package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.BlockScorer;
import org.junit.jupiter.api.Test;

/** A paragraph that closes with a smiley, not a stop, is a sentence of the article, not a short line of chrome. */
class SmileyEndsTest {

    @Test
    void aSmileyEndsASentence() {
        assertTrue(BlockScorer.endsLikeSentence("Bring a spare battery for your phone (and charge it first ;-))"));
        assertTrue(BlockScorer.endsLikeSentence("We will meet again next week :-)"));
        assertTrue(BlockScorer.endsLikeSentence("That went better than we thought :D"));
        assertFalse(BlockScorer.endsLikeSentence("Read verse 1:3"), "a reference is no smiley");
        assertFalse(BlockScorer.endsLikeSentence("Our best offers in CD"));
    }

    @Test
    void aParagraphEndingWithASmileyIsTheArticles() {
        String body = DumpBody.of("""
                Home

                News

                How our class runs its blog this term

                Every pupil picks a question of their own at the start of the term and writes about it in the class \
                blog, one post a week, so that the others can follow and comment on the work as it grows.

                The posts are written in a word processor first and pasted into the blog when they are ready, which \
                keeps a copy safe when the school network fails in the middle of a lesson.

                If the blog breaks, write to me by email (and please use an address you will still read next month ;-))

                Check the list of dates

                Ask when unsure

                Keep a copy

                Post on time

                Quote your sources

                At the end of the term every pupil hands in a short text on what they found out.

                Share this:

                Twitter

                Facebook
                """);
        assertTrue(body.contains("If the blog breaks, write to me by email"), body);
    }
}
