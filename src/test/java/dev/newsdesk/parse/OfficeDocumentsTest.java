package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories an editor saved from a word processor or an e-mail program: their lists and links read as they show. */
class OfficeDocumentsTest {

    private static final String HEAD = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            + "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            + "<meta name=ProgId content=Word.Document><meta name=Generator content=\"Microsoft Word 15\">"
            + "<title>Harbour ferry returns</title></head><body lang=EN-GB><div class=WordSection1>"
            + "<h1>Harbour ferry returns after winter repairs<o:p></o:p></h1>"
            + "<p class=MsoNormal>The harbour ferry is back on the water after four months of repairs at the shipyard,"
            + " the city council said on Monday. Crews replaced the engine and the passenger deck.<o:p></o:p></p>\n";
    private static final String TAIL = "<p class=MsoNormal>Tickets cost the same as last year, and monthly passes"
            + " bought in November stay valid until the end of the winter season.<o:p></o:p></p></div></body></html>";

    /** A paragraph of a Word list, its typed marker in the span Word tells browsers to skip. */
    private static String wordItem(String marker, String text) {
        return "<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                + "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>" + marker
                + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span>"
                + "<![endif]>" + text + "<o:p></o:p></p>\n";
    }

    private static List<Block> lists(ArticleContent a) {
        return a.blocks().stream().filter(b -> b.type() == Block.Type.LIST).toList();
    }

    @Test
    void aWordDocumentsBulletedParagraphsAreOneListWithoutTheirTypedBullets() throws Exception {
        ArticleContent a = parse(HEAD + wordItem("·", "Weekdays: every 30 minutes from seven")
                + wordItem("·", "Weekends: every hour from nine") + TAIL, "ferry.htm");
        List<Block> lists = lists(a);
        assertEquals(1, lists.size(), a.blocks().toString());
        assertEquals("Weekdays: every 30 minutes from seven\nWeekends: every hour from nine", lists.get(0).text());
        assertFalse(lists.get(0).ordered());
        assertFalse(a.body().contains("·"), a.body());
    }

    @Test
    void aWordDocumentsNumberedParagraphsAreANumberedList() throws Exception {
        ArticleContent a = parse(HEAD + wordItem("1.", "Buy a ticket at the pier or on the app")
                + wordItem("2.", "Show it to the crew when you board") + TAIL, "ferry.htm");
        List<Block> lists = lists(a);
        assertEquals(1, lists.size(), a.blocks().toString());
        assertTrue(lists.get(0).ordered());
        assertEquals("Buy a ticket at the pier or on the app\nShow it to the crew when you board", lists.get(0).text());
        assertTrue(a.html().contains("<ol><li>Buy a ticket"), a.html());
    }

    @Test
    void aPageNotSavedByWordKeepsItsParagraphs() throws Exception {
        ArticleContent a = parse(HEAD.replace("<meta name=ProgId content=Word.Document>", "")
                .replace("Microsoft Word 15", "WordPress 6.4") + wordItem("·", "Weekdays: every 30 minutes from seven")
                + TAIL, "ferry.htm");
        assertTrue(lists(a).isEmpty(), a.blocks().toString());
    }

    @Test
    void linksAGoogleDocsExportOrAPastedEmailWrappedPointAtTheirTarget() throws Exception {
        ArticleContent a = parse("<html><head><meta charset=utf-8></head><body><h1>Harbour ferry returns</h1>"
                + "<p class=c1><span class=c0>The winter timetable stays in force until March, the council said, and"
                + " details are on the </span><a class=c9 href=\"https://www.google.com/url?q=https://example.org/"
                + "ferry/timetable&amp;sa=D&amp;source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw0abc\">"
                + "council website</a><span class=c0>, which lists every stop along the river.</span></p>"
                + "<p>Tickets bought last year stay valid, as the <a href=\"https://eur01.safelinks.protection.outlook"
                + ".com/?url=https%3A%2F%2Fexample.org%2Ffares&amp;data=05%7C01&amp;reserved=0\">fares page</a>"
                + " explains for every kind of pass sold in the city.</p></body></html>", "ferry.html");
        assertTrue(a.html().contains("<a href=\"https://example.org/ferry/timetable\">council website</a>"),
                a.html());
        assertTrue(a.html().contains("<a href=\"https://example.org/fares\">fares page</a>"), a.html());
    }

    @Test
    void aDocumentWithNoTitleTagIsTitledByItsTitleLineWhichTheBodyDoesNotRepeat() throws Exception {
        // a Google Docs export: no <title>, the "Title" style is a paragraph of its own
        ArticleContent a = parse("<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\">"
                + "</head><body class=\"c4 doc-content\"><p class=\"c5 title\" id=\"h.x1\"><span class=c2>Harbour"
                + " ferry returns after winter repairs</span></p><p class=c1><span class=c0>The harbour ferry is back on"
                + " the water after four months of repairs at the shipyard, the city council said on Monday.</span></p>"
                + "<p class=c1><span class=c0>Crews replaced the engine and the passenger deck, and the first crossing"
                + " leaves at seven on Saturday morning.</span></p></body></html>", "ferry.html");
        assertEquals("Harbour ferry returns after winter repairs", a.title());
        assertTrue(a.body().startsWith("The harbour ferry is back"), a.body());
    }

    @Test
    void anUntitledDocumentsFirstSentenceStaysInTheBody() throws Exception {
        ArticleContent a = parse("<html><body><p>The harbour ferry is back on the water.</p><p>Crews replaced the"
                + " engine and the passenger deck, and the first crossing leaves at seven.</p></body></html>",
                "ferry.html");
        assertEquals("The harbour ferry is back on the water.", a.title());
        assertTrue(a.body().startsWith("The harbour ferry is back"), a.body());
    }
}
