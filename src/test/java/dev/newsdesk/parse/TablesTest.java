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
import org.junit.jupiter.api.Test;

/** A data table of the article (a timetable, results) is one table block of cells, in the blocks, html and Markdown. */
class TablesTest {

    private static final String LEAD = "The night buses return to the old town on Friday, the transport office said."
            + " Three lines will run every thirty minutes until four in the morning, all week long.";
    private static final String AFTER = "Riders asked for the service for two years, and the council approved the"
            + " money for it in the spring budget after a long debate about the cost of the drivers.";
    private static final List<List<String>> TIMETABLE = List.of(List.of("Line", "From", "To"),
            List.of("N1", "Central station", "Harbour"), List.of("N2", "University", "Airport"));

    private static List<Block> tables(ArticleContent a) {
        return a.blocks().stream().filter(b -> b.type() == Block.Type.TABLE).toList();
    }

    private static String page(String table) {
        return "<!doctype html><html lang=en><head><title>Night buses return</title></head><body><nav><a href=/>Home"
                + "</a> <a href=/city>City</a></nav><article><h1>Night buses return</h1><p>" + LEAD + "</p>" + table
                + "<p>" + AFTER + "</p></article></body></html>";
    }

    @Test
    void anHtmlDataTableIsOneTableBlockItsHeadRowNamingTheColumns() throws Exception {
        ArticleContent a = parse(page("<table><thead><tr><th>Line</th><th>From</th><th>To</th></tr></thead><tbody>"
                + "<tr><td>N1</td><td>Central station</td><td>Harbour</td></tr>"
                + "<tr><td>N2</td><td>University</td><td>Airport</td></tr></tbody></table>"), "buses.html");
        List<Block> tables = tables(a);
        assertEquals(1, tables.size(), a.blocks().toString());
        assertEquals(TIMETABLE, tables.get(0).rows());
        assertTrue(tables.get(0).header());
        assertEquals("Line | From | To\nN1 | Central station | Harbour\nN2 | University | Airport", tables.get(0).text());
        assertTrue(a.html().contains("<table><thead><tr><th>Line</th><th>From</th><th>To</th></tr></thead><tbody>"
                + "<tr><td>N1</td><td>Central station</td><td>Harbour</td></tr>"), a.html());
        assertTrue(a.body().contains(LEAD + "\n\nLine | From | To\nN1"), a.body());
    }

    @Test
    void aFooterRowComesLastAndBoldCellsNameTheColumns() throws Exception {
        ArticleContent a = parse(page("<table><tfoot><tr><td>Total</td><td>2 lines</td><td>4 stops</td></tr></tfoot>"
                + "<tbody><tr><td><b>Line</b></td><td><b>From</b></td><td><b>To</b></td></tr>"
                + "<tr><td>N1</td><td>Central station</td><td>Harbour</td></tr>"
                + "<tr><td>N2</td><td>University</td><td>Airport</td></tr></tbody></table>"), "buses.html");
        Block table = tables(a).get(0);
        assertTrue(table.header());
        assertEquals(List.of("Line", "From", "To"), table.rows().get(0));
        assertEquals(List.of("Total", "2 lines", "4 stops"), table.rows().get(3));
    }

    @Test
    void aFooterRepeatingTheColumnNamesIsLeftOut() throws Exception {
        ArticleContent a = parse(page("<table><thead><tr><th>Line</th><th>From</th><th>To</th></tr></thead>"
                + "<tfoot><tr><th>Line</th><th>From</th><th>To</th></tr></tfoot><tbody>"
                + "<tr><td>N1</td><td>Central station</td><td>Harbour</td></tr>"
                + "<tr><td>N2</td><td>University</td><td>Airport</td></tr></tbody></table>"), "buses.html");
        assertEquals(TIMETABLE, tables(a).get(0).rows());
    }

    @Test
    void aTableWithLinksKeepsItsRowsAsParagraphsAndTheirLinks() throws Exception {
        ArticleContent a = parse(page("<table><tr><td>N1</td><td><a href=\"https://city.example/n1\">Central station"
                + "</a></td><td>Harbour</td></tr><tr><td>N2</td><td>University</td><td>Airport</td></tr></table>"),
                "buses.html");
        assertTrue(tables(a).isEmpty(), a.blocks().toString());
        assertTrue(a.html().contains("<a href=\"https://city.example/n1\">Central station</a>"), a.html());
    }

    @Test
    void aPageLaidOutAsATableIsNoDataTable() throws Exception {
        ArticleContent a = parse("<html><head><title>Night buses return</title></head><body><table><tr><td>"
                + "<a href=/>Home</a><br><a href=/city>City</a></td><td><h1>Night buses return</h1><p>" + LEAD + "</p><p>"
                + AFTER + "</p></td></tr></table></body></html>", "buses.html");
        assertTrue(tables(a).isEmpty(), a.blocks().toString());
        assertTrue(a.body().startsWith(LEAD), a.body());
    }

    @Test
    void aMarkdownPipeTableIsATableAndTheMarkdownViewWritesItBack() throws Exception {
        ArticleContent a = parse("# Night buses return\n\n" + LEAD + "\n\n| Line | From | To |\n|---|:---|---:|\n"
                + "| N1 | Central *station* | Harbour |\n| N2 | University | Airport |\n\n" + AFTER + "\n", "buses.md");
        List<Block> tables = tables(a);
        assertEquals(1, tables.size(), a.blocks().toString());
        assertEquals(TIMETABLE, tables.get(0).rows());
        assertTrue(tables.get(0).header());

        String md = ArticleMarkdown.of(new Article("a", a, new Source("b", "buses.md", a.format(), "e", null), 0,
                "t", "t"));
        assertTrue(md.contains("| Line | From | To |\n|---|---|---|\n| N1 | Central station | Harbour |\n"), md);
        assertEquals(a.blocks(), parse(md, "again.md").blocks());
    }

    @Test
    void aMarkdownTableWithAnEmptyHeaderNamesNoColumnsAndEndsAtABlankLine() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n| | |\n|---|---|\n| N1 | Harbour |\n| N2 | Airport |\n\n| not a row\n\n"
                + AFTER + "\n", "buses.md");
        Block table = tables(a).get(0);
        assertFalse(table.header());
        assertEquals(List.of(List.of("N1", "Harbour"), List.of("N2", "Airport")), table.rows());
        assertTrue(a.body().contains("| not a row"), a.body());
        String md = ArticleMarkdown.of(new Article("a", a, new Source("b", "buses.md", a.format(), "e", null), 0,
                "t", "t"));
        assertTrue(md.contains("|  |  |\n|---|---|\n| N1 | Harbour |\n| N2 | Airport |\n"), md);
    }

    @Test
    void aTableWrittenAsHtmlInMarkdownIsATableAndALayoutTableIsText() throws Exception {
        ArticleContent a = parse(LEAD + "\n\n<table><tr><th>Line</th><th>From</th><th>To</th></tr>\n"
                + "<tr><td>N1</td><td>Central station</td><td>Harbour</td></tr>\n"
                + "<tr><td>N2</td><td>University</td><td>Airport</td></tr></table>\n\n"
                + "<table><tr><td><p>Left column</p></td><td><p>Right column</p></td></tr>\n"
                + "<tr><td>More</td><td>Text</td></tr></table>\n\n" + AFTER + "\n", "buses.md");
        List<Block> tables = tables(a);
        assertEquals(1, tables.size(), a.blocks().toString());
        assertEquals(TIMETABLE, tables.get(0).rows());
        assertTrue(a.blocks().contains(Block.paragraph("Left column")), a.blocks().toString());
    }

    @Test
    void aCellNamingRepliesEndsNoArticleButAThreadHeadingInALayoutCellStillDoes() throws Exception {
        ArticleContent a = parse(page("<table><tr><th>Complaint</th><th>Cause</th></tr>"
                + "<tr><td><p><b>Buses come late</b></p></td><td><p>Two drivers cover three lines</p></td></tr>"
                + "<tr><td><p><b>Replies take weeks</b></p></td><td><p>One clerk answers all the letters</p></td></tr>"
                + "<tr><td><p><b>Stops are dark</b></p></td><td><p>The lamps at six stops are broken</p></td></tr>"
                + "</table>"), "buses.html");
        assertTrue(a.body().contains("Replies take weeks"), a.body());
        assertTrue(a.body().endsWith(AFTER), a.body());

        String reply = "Great news, I have waited for this bus for years and will ride it home every Friday night.";
        ArticleContent laidOut = parse("<html><head><title>Night buses return</title></head><body><table><tr><td>"
                + "<a href=/>Home</a> <a href=/city>City</a> Weather today: mild</td><td><h1>Night buses return</h1>"
                + "<p>" + LEAD + "</p><p>" + AFTER + "</p><h3>Replies</h3><p>" + reply + "</p></td></tr>"
                + "<tr><td>About us</td><td>Write to the editors</td></tr></table></body></html>", "buses.html");
        assertTrue(laidOut.body().endsWith(AFTER), laidOut.body());
    }
}
