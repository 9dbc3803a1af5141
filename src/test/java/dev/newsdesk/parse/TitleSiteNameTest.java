package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A headline without the site's name that pages put before or after it, when the page names its site. */
class TitleSiteNameTest {

    private static String page(String head) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body><article><p>"
                + ENGLISH_PROSE.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    @Test
    void dropsTheSiteNamedByOpenGraphAfterTheHeadline() throws Exception {
        assertEquals("Council approves the bridge budget", parse(page("""
                <meta property="og:title" content="Council approves the bridge budget | The Daily Example">
                <meta property="og:site_name" content="The Daily Example">"""), "a.html").title());
    }

    @Test
    void dropsTheSiteNamedByTheJsonLdPublisherBeforeTheHeadline() throws Exception {
        assertEquals("Council approves the bridge budget", parse(page("""
                <script type="application/ld+json">{"@type": "NewsArticle",
                  "headline": "DailyExample - Council approves the bridge budget",
                  "publisher": {"@type": "Organization", "name": "Daily Example"}}</script>"""), "a.html").title());
    }

    @Test
    void keepsAHeadlineWhoseDashIsItsOwn() throws Exception {
        assertEquals("Left - right talks resume in the council", parse(page("""
                <meta property="og:title" content="Left - right talks resume in the council">
                <meta property="og:site_name" content="The Daily Example">"""), "a.html").title());
    }

    @Test
    void dropsTheSiteSetOffByAnUnderscoreOrAFullWidthBar() throws Exception {
        assertEquals("市议会批准大桥预算", parse(page("""
                <meta property="og:title" content="市议会批准大桥预算_每日示例网">
                <meta property="og:site_name" content="每日示例网">"""), "a.html").title());
        assertEquals("市議会が橋の予算を承認", parse(page("""
                <meta property="og:title" content="市議会が橋の予算を承認｜毎日サンプル新聞">
                <meta property="og:site_name" content="毎日サンプル新聞">"""), "a.html").title());
        assertEquals("Council approves the snake_case budget", parse(page("""
                <meta property="og:title" content="Council approves the snake_case budget">
                <meta property="og:site_name" content="Case">"""), "a.html").title());
    }

    /** A page's title alone: its longest part is the headline, a Chinese character as wide as two Latin letters. */
    @Test
    void takesTheChineseHeadlineOfATitleOverALongerLatinSiteName() throws Exception {
        assertEquals("给计算机系学生的建议", parse(page("<title>Notes on Software - 给计算机系学生的建议</title>"),
                "a.html").title());
        assertEquals("Council approves the bridge budget", parse(page(
                "<title>每日示例网 - Council approves the bridge budget</title>"), "a.html").title());
    }

    @Test
    void keepsTheWholeTitleWhenThePageNamesNoSite() throws Exception {
        assertEquals("Council approves the bridge budget | The Daily Example", parse(page("""
                <meta property="og:title" content="Council approves the bridge budget | The Daily Example">"""),
                "a.html").title());
    }

    @Test
    void dropsTheSiteNamedByThePagesAddress() throws Exception {
        assertEquals("Council approves the bridge budget", parse(page("""
                <link rel="canonical" href="https://www.dailyexample.co.uk/news/bridge">
                <meta property="og:title" content="Council approves the bridge budget - DailyExample.co.uk">"""),
                "a.html").title());
        assertEquals("Council approves the bridge budget", parse(page("""
                <link rel="canonical" href="https://dailyexample.com/news/bridge">
                <meta property="og:title" content="Council approves the bridge budget | Dailyexample">"""),
                "a.html").title());
    }
}
