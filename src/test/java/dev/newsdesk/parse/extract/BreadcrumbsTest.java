package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.article.ArticleContent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A breadcrumb trail written as bare text is where the page sits, not the article's first line or its title. */
class BreadcrumbsTest {

    @Test
    void aLabelledTrailAboveAnOldTablePageIsNeitherTitleNorBody() throws RejectedFileException {
        String page = """
                <html><body><table><tr><td width="15%">菜单</td><td>
                <font color="#0000FF">当前位置：<a href="/">首页</a>-&gt;<a href="/kx/">科学</a></font>
                <b><p align="center"><big>风筝为什么能飞上天</big></p></b>
                <p>风筝能飞上天，是因为迎面吹来的风在风筝的斜面上产生了向上的升力。升力大于风筝的重量时，风筝就会上升。</p>
                <p>放风筝的人拉着线，让风筝和风保持一个合适的角度。角度太小，升力不够；角度太大，风筝又会失速落下。</p>
                <p>所以，有经验的人总是在开阔的地方逆风起跑，等风筝吃住风以后再慢慢放线，让它越飞越高。</p>
                </td></tr></table></body></html>
                """;
        ArticleContent article = new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "kite.html");
        assertEquals("风筝为什么能飞上天", article.title());
        assertFalse(article.body().contains("当前位置"), article.body());
        assertTrue(article.body().contains("越飞越高"), article.body());
    }

    @Test
    void trailsAreToldFromLinesThatHoldAnArrow() {
        assertTrue(Breadcrumbs.isTrail("you are here: home > news > science"));
        assertTrue(Breadcrumbs.isTrail("home / sport / football / why the club sold its stadium to the city"));
        assertTrue(Breadcrumbs.isTrail("sie sind hier: startseite » politik"));
        assertFalse(Breadcrumbs.isTrail("home / away"), "two steps need a label");
        assertFalse(Breadcrumbs.isTrail("the score went from 2 > 1 to 3 > 2 in the last ten minutes of the game"));
        assertFalse(Breadcrumbs.isTrail("news > science"), "no label, no home page first");
    }
}
