package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** Emphasis in Markdown pairs as CommonMark pairs it: a mark that closes nothing is text, the rest keep meaning. */
class MarkdownEmphasisTest {

    /** The paragraph {@code line} reads as, in the article's HTML. */
    private static String html(String line) throws Exception {
        ArticleContent a = parse("# Council votes\n\n" + line + "\n\n" + ENGLISH_PROSE, "a.md");
        return a.html();
    }

    private static void assertReads(String expected, String line) throws Exception {
        String html = html(line);
        assertTrue(html.contains("<p>" + expected + "</p>"), html);
    }

    @Test
    void aLoneStarBeforeStrongTextIsText() throws Exception {
        assertReads("The sum 3*4=12 and <strong>bold</strong> words.", "The sum 3*4=12 and **bold** words.");
    }

    @Test
    void aCloserPairsWithTheNearestOpener() throws Exception {
        assertReads("Marks *a *b then <em>c</em> end.", "Marks *a *b then *c* end.");
    }

    @Test
    void marksOpeningWordsWithoutCloserAreText() throws Exception {
        assertReads("Pass <strong>init</strong> and *args and **kwargs here.",
                "Pass __init__ and *args and **kwargs here.");
    }

    @Test
    void strongNestsInEmphasis() throws Exception {
        assertReads("A <em>long <strong>and</strong> short</em> one.", "A *long **and** short* one.");
    }

    @Test
    void aRunOfThreeIsEmphasisAndStrong() throws Exception {
        assertReads("Now <em><strong>both</strong></em> at once.", "Now ***both*** at once.");
    }

    /** CommonMark's rule of three: "**" inside a word cannot close a single star it could also open. */
    @Test
    void theRuleOfThreeKeepsStrongInsideEmphasis() throws Exception {
        assertReads("See <em>foo<strong>bar</strong>baz</em> and <em>foo**bar</em> too.",
                "See *foo**bar**baz* and *foo**bar* too.");
    }

    @Test
    void aCodeSpanBindsBeforeEmphasis() throws Exception {
        assertReads("Type <em>a <code>b*</code> c</em> now.", "Type *a `b*` c* now.");
    }

    @Test
    void marksPairWithinALinkLabelNotAcrossIt() throws Exception {
        assertReads("Read *<a href=\"https://example.org/p\">the plan*</a> now.",
                "Read *[the plan*](https://example.org/p) now.");
    }

    @Test
    void underscoresInsideWordsAreText() throws Exception {
        assertReads("Call snake_case_name and <em>this</em> one.", "Call snake_case_name and _this_ one.");
    }

    @Test
    void threeTildesStrikeNothing() throws Exception {
        assertReads("Keep ~~~all~~~ and drop the marks of struck words.",
                "Keep ~~~all~~~ and drop the marks of ~~struck~~ words.");
    }

    /** Chinese and Japanese put no space around emphasis, even next to their own punctuation. */
    @Test
    void strongNextToCjkPunctuation() throws Exception {
        assertReads("东京的新站<strong>「強調」</strong>です。", "东京的新站**「強調」**です。");
    }
}
