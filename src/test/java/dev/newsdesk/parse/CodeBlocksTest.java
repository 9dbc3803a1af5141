package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleMarkdown;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Source;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Lines set as typed (a code sample, a command) stay one code block of their lines: blocks, html and Markdown. */
class CodeBlocksTest {

    private static final String LEAD = "The shell lists a folder's files with one short command, and a few flags make"
            + " its answer far more useful than the bare list of names it prints by default.";
    private static final String AFTER = "The first line lists every file with its size and owner; the second counts"
            + " the Java sources under the current folder, however deep they sit.";

    private static String page(String pre) {
        return "<!doctype html><html lang=en><head><title>Listing files</title></head><body><nav><a href=/>Home</a>"
                + " <a href=/guides>Guides</a></nav><article><h1>Listing files</h1><p>" + LEAD + "</p>" + pre
                + "<p>" + AFTER + "</p></article></body></html>";
    }

    private static List<Block> code(ArticleContent a) {
        return a.blocks().stream().filter(b -> b.type() == Block.Type.CODE).toList();
    }

    private static String markdown(ArticleContent a) {
        return ArticleMarkdown.of(new Article("a", a, new Source("b", "files.md", a.format(), "e", null), 0, "t", "t"));
    }

    @Test
    void aCodeSampleKeepsItsLinesAndIndentationAsOneCodeBlock() throws Exception {
        ArticleContent a = parse(page("<pre><code>for f in *.txt; do\n    wc -l \"$f\"\ndone</code></pre>"), "f.html");
        assertEquals(List.of(Block.code("for f in *.txt; do\n    wc -l \"$f\"\ndone")), code(a), a.blocks().toString());
        assertTrue(a.html().contains("<pre><code>for f in *.txt; do\n    wc -l &quot;$f&quot;\ndone</code></pre>"),
                a.html());
        assertTrue(a.body().contains(LEAD + "\n\nfor f in *.txt; do\n    wc -l \"$f\"\ndone\n\n" + AFTER), a.body());
    }

    @Test
    void aOneLineCommandBetweenParagraphsIsCodeNotASubheading() throws Exception {
        ArticleContent a = parse(page("<pre>ls -la /tmp</pre>"), "f.html");
        assertEquals(List.of(Block.code("ls -la /tmp")), code(a), a.blocks().toString());
        assertFalse(a.blocks().stream().anyMatch(b -> b.type() == Block.Type.HEADING), a.blocks().toString());
    }

    @Test
    void aHighlightersLinesAreLinesAndItsGutterAndCopyButtonAreNotCode() throws Exception {
        ArticleContent a = parse(page("<div class=highlight><pre><button>Copy</button>"
                + "<span class=lineno>1</span><div class=line><span class=k>let</span> x = 1;</div>"
                + "<span class=lineno>2</span><div class=line>x += 2;</div></pre></div>"), "f.html");
        assertEquals(List.of(Block.code("let x = 1;\nx += 2;")), code(a), a.blocks().toString());
    }

    @Test
    void markupInCodeIsTextEscapedInTheHtml() throws Exception {
        ArticleContent a = parse(page("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>"), "f.html");
        assertEquals(List.of(Block.code("<script>alert(1)</script>")), code(a), a.blocks().toString());
        assertTrue(a.html().contains("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>"), a.html());
    }

    @Test
    void aPressReleaseSetWholeInPreIsStillParagraphsOfJoinedLines() throws Exception {
        ArticleContent a = parse(page("<pre>The harbour board met on Tuesday and agreed to open the new quay to\n"
                + "passenger ferries from the first of May, two months ahead of the plan.\n\n"
                + "The board's chair said the early opening would bring the summer season's\n"
                + "visitors straight to the old town instead of the industrial port.</pre>"), "f.html");
        assertTrue(code(a).isEmpty(), a.blocks().toString());
        assertTrue(a.blocks().contains(Block.paragraph("The harbour board met on Tuesday and agreed to open the new quay"
                + " to passenger ferries from the first of May, two months ahead of the plan.")), a.blocks().toString());
    }

    @Test
    void aMarkdownFenceIsACodeBlockAndTheMarkdownViewFencesItBeyondItsOwnBackticks() throws Exception {
        ArticleContent a = parse("# Listing files\n\n" + LEAD + "\n\n```sh\nls -la\necho ```done```\n```\n\n" + AFTER
                + "\n", "files.md");
        assertEquals(List.of(Block.code("ls -la\necho ```done```")), code(a), a.blocks().toString());
        String md = markdown(a);
        assertTrue(md.contains("````\nls -la\necho ```done```\n````\n"), md);
        Node fence = Parser.builder().build().parse(md).getFirstChild().getNext().getNext();
        assertTrue(fence instanceof FencedCodeBlock, md);
        assertEquals("ls -la\necho ```done```\n", ((FencedCodeBlock) fence).getLiteral());
        assertEquals(a.blocks(), parse(md, "again.md").blocks());
    }

    @Test
    void aLongerFenceKeepsTheShorterFencesOfTheSampleInsideIt() throws Exception {
        String sample = "# A heading\n\n```\nls\n```";
        ArticleContent a = parse(LEAD + "\n\n````markdown\n" + sample + "\n````\n\n" + AFTER + "\n", "files.md");
        assertEquals(List.of(Block.code(sample)), code(a), a.blocks().toString());
        assertTrue(a.body().endsWith(AFTER), a.body());
        assertEquals(a.blocks(), parse(markdown(a), "again.md").blocks());
    }

    @Test
    void backticksAroundWordsOnALineAreACodeSpanNotAFence() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n```ls``` lists the folder.\n\n" + AFTER + "\n", "files.md");
        assertTrue(code(a).isEmpty(), a.blocks().toString());
        Block span = Block.paragraph("ls lists the folder.").withMarkup("<code>ls</code> lists the folder.");
        assertTrue(a.blocks().contains(span), a.blocks().toString());
        assertTrue(a.body().endsWith(AFTER), a.body());
    }

    @Test
    void aFenceLeftOpenRunsToTheEndAsCode() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n~~~\nls -la\n", "files.md");
        assertEquals(List.of(Block.code("ls -la")), code(a), a.blocks().toString());
    }

    @Test
    void linesIndentedFourSpacesAfterAParagraphAreCodeWithoutThatIndent() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n    for f in *; do\n\n      wc -l \"$f\"\n    done\n\n" + AFTER + "\n", "files.md");
        assertEquals(List.of(Block.code("for f in *; do\n\n  wc -l \"$f\"\ndone")), code(a), a.blocks().toString());
        assertTrue(a.body().endsWith(AFTER), a.body());
    }

    @Test
    void anIndentedParagraphUnderAListContinuesItAndIsNoCode() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n- Open the folder.\n\n    Then list what it holds.\n\n" + AFTER + "\n",
                "files.md");
        assertTrue(code(a).isEmpty(), a.blocks().toString());
        assertTrue(a.body().contains("Then list what it holds."), a.body());
    }

    @Test
    void whatAReaderNeverSeesInACodeSampleIsNotItsText() throws Exception {
        ArticleContent a = parse(page("<pre><code>x = 1<span style=\"display:none\">HIDDEN</span><span class=sr-only>"
                + "Copy to clipboard</span>\ny = 2<script>track()</script><template>TPL</template></code></pre>"),
                "f.html");
        assertEquals(List.of(Block.code("x = 1\ny = 2")), code(a), a.blocks().toString());
    }

    @Test
    void aPressReleaseWithHeaderLinesAndShortLastLinesIsStillProse() throws Exception {
        ArticleContent a = parse(page("<pre>FOR IMMEDIATE RELEASE\nContact: Jane Doe\n\n"
                + "The harbour board met on Tuesday and agreed to open the new quay to\n"
                + "passenger ferries from the first of May, two months ahead of plan.\n\n"
                + "The board's chair said the early opening would bring the visitors of\n"
                + "the summer season straight to the old town.\n\n###</pre>"), "f.html");
        assertTrue(code(a).isEmpty(), a.blocks().toString());
    }

    @Test
    void aWordThatHoldsCodeInsideItIsNoMarkOfCode() throws Exception {
        ArticleContent a = parse(page("<div class=postcode-box><pre>The harbour board met on Tuesday and agreed to"
                + " open the new quay to\npassenger ferries from the first of May, two months ahead of plan.\n"
                + "The chair said the opening would bring summer visitors to the town.</pre></div>"), "f.html");
        assertTrue(code(a).isEmpty(), a.blocks().toString());
    }

    @Test
    void aPreInAMarkdownFilesHtmlIsCode() throws Exception {
        ArticleContent a = parse("# Listing files\n\n" + LEAD + "\n\n<pre>cd /tmp\nls -la</pre>\n\n" + AFTER + "\n",
                "files.md");
        assertEquals(List.of(Block.code("cd /tmp\nls -la")), code(a), a.blocks().toString());
    }

    @Test
    void codeIsNeverTheTitleNorANameOfTheArticle() throws Exception {
        ArticleContent a = parse("```\nimport java.util.HashMap;\nmap.put(\"Berlin\", 1);\n```\n\n" + LEAD + "\n",
                "maps.md");
        assertFalse(a.title().contains("import"), a.title());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Berlin")), a.entities().toString());
    }
}
