package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Links are placed as a block is read and written only when its markup is asked for, as if judged at once. */
class InlineMarkupTest {

    private final InlineMarkup markup = new InlineMarkup("https://news.example/world/");

    private void words(String... words) {
        for (String w : words) {
            markup.space();
            markup.text(w, 0, w.length());
        }
    }

    @Test
    void aLinkIsResolvedOnThePageBaseWhenTheMarkupIsAskedFor() {
        words("Read");
        markup.open("a", "../story?id=1&x=2");
        words("the", "story");
        markup.close();
        words("now");
        assertEquals("Read <a href=\"https://news.example/story?id=1&amp;x=2\">the story</a> now",
                markup.take().html());
    }

    @Test
    void aBlockWhoseOnlyLinkHasNoAddressToPublishHasNoMarkup() {
        markup.open("a", "javascript:void(0)");
        words("Share");
        markup.close();
        assertNull(markup.take().html());
    }

    @Test
    void aLinkWithNoAddressKeepsItsTextAndTheOtherTags() {
        markup.open("em", null);
        markup.open("a", "#top");
        words("Back");
        markup.close();
        words("up");
        markup.close();
        assertEquals("<em>Back up</em>", markup.take().html());
    }

    @Test
    void aLinkOpenAtTheEndOfABlockClosesThereAndOpensAgainInTheNext() {
        markup.open("a", "https://other.example/a");
        words("first");
        PendingMarkup first = markup.take();
        words("second");
        markup.close();
        assertEquals("<a href=\"https://other.example/a\">first</a>", first.html());
        assertEquals("<a href=\"https://other.example/a\">second</a>", markup.take().html());
    }

    @Test
    void neighbouringLinksEndAndStartInTheOrderTheyCame() {
        markup.open("a", "/one");
        words("one");
        markup.close();
        markup.open("a", "/two");
        markup.open("strong", null);
        words("two");
        markup.close();
        markup.close();
        assertEquals("<a href=\"https://news.example/one\">one</a> <a href=\"https://news.example/two\"><strong>two"
                + "</strong></a>", markup.take().html());
    }

    @Test
    void plainTextHasNoMarkup() {
        words("just", "words");
        assertNull(markup.take());
    }

    @Test
    void anElementClosedBeforeAnyTextIsNeverWritten() {
        markup.open("strong", null);
        words("a");
        markup.open("em", null);
        markup.close();
        words("b");
        markup.close();
        assertEquals("<strong>a b</strong>", markup.take().html());
    }

    @Test
    void tagsOpenAtTheEndOfABlockCloseInsideOutAndOpenAgainInTheNext() {
        markup.open("strong", null);
        markup.open("em", null);
        words("x");
        PendingMarkup first = markup.take();
        words("y");
        markup.close();
        words("z");
        markup.close();
        assertEquals("<strong><em>x</em></strong>", first.html());
        assertEquals("<strong><em>y</em> z</strong>", markup.take().html());
    }
}
