package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Links are placed as a block is read and written only when its markup is asked for, as if judged at once. */
class InlineMarkupTest {

    private final InlineMarkup markup = new InlineMarkup("https://news.example/world/");
    /** The block's text, as the walk writes it beside the markup. */
    private final StringBuilder text = new StringBuilder();

    private void words(String... words) {
        for (String w : words) {
            markup.space();
            if (!text.isEmpty()) text.append(' ');
            text.append(w);
            markup.text(w.length());
        }
    }

    /** The block's markup as its text and markup are taken at its end. */
    private Taken take() {
        Taken taken = new Taken(markup.take(), text.toString());
        text.setLength(0);
        return taken;
    }

    private record Taken(PendingMarkup markup, String text) {
        String html() {
            return markup.html(text);
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
                take().html());
    }

    @Test
    void aBlockWhoseOnlyLinkHasNoAddressToPublishHasNoMarkup() {
        markup.open("a", "javascript:void(0)");
        words("Share");
        markup.close();
        assertNull(take().html());
    }

    @Test
    void aLinkWithNoAddressKeepsItsTextAndTheOtherTags() {
        markup.open("em", null);
        markup.open("a", "#top");
        words("Back");
        markup.close();
        words("up");
        markup.close();
        assertEquals("<em>Back up</em>", take().html());
    }

    @Test
    void aLinkOpenAtTheEndOfABlockClosesThereAndOpensAgainInTheNext() {
        markup.open("a", "https://other.example/a");
        words("first");
        Taken first = take();
        words("second");
        markup.close();
        assertEquals("<a href=\"https://other.example/a\">first</a>", first.html());
        assertEquals("<a href=\"https://other.example/a\">second</a>", take().html());
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
                + "</strong></a>", take().html());
    }

    @Test
    void plainTextHasNoMarkup() {
        words("just", "words");
        assertNull(take().html());
    }

    @Test
    void textIsEscapedWhenItsMarkupIsAskedFor() {
        words("it's", "a<b");
        assertEquals("it&#39;s a&lt;b", take().html());
    }

    @Test
    void aLineBreakStandsForTheSpaceBetweenItsLines() {
        markup.open("em", null);
        words("one");
        markup.close();
        markup.lineBreak();
        words("two");
        assertEquals("<em>one</em><br>two", take().html());
    }

    @Test
    void anElementClosedBeforeAnyTextIsNeverWritten() {
        markup.open("strong", null);
        words("a");
        markup.open("em", null);
        markup.close();
        words("b");
        markup.close();
        assertEquals("<strong>a b</strong>", take().html());
    }

    @Test
    void tagsOpenAtTheEndOfABlockCloseInsideOutAndOpenAgainInTheNext() {
        markup.open("strong", null);
        markup.open("em", null);
        words("x");
        Taken first = take();
        words("y");
        markup.close();
        words("z");
        markup.close();
        assertEquals("<strong><em>x</em></strong>", first.html());
        assertEquals("<strong><em>y</em> z</strong>", take().html());
    }
}
