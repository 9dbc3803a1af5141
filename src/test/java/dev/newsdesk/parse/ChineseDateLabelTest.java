package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Chinese page's labelled publication date ("发表于 …", "发布时间：…"), on hand-written pages. */
class ChineseDateLabelTest {

    private static final String PROSE = "<p>今年春天，小镇上的图书馆终于重新开放了。馆长说，这次整修花了整整两年时间，"
            + "新添了一间儿童阅览室和一个可以喝茶看书的小院子，周末来读书的居民比以前多了不少。</p>"
            + "<p>一位每天都来借书的退休教师告诉我们，她最喜欢靠窗的那排座位，阳光好的时候可以一直读到傍晚，"
            + "读完了再慢慢走回家去做晚饭。</p>";

    private static String publishedAt(String body) throws Exception {
        String page = "<html><head><title>小镇图书馆重新开放</title></head><body><h2>小镇图书馆重新开放</h2>"
                + body + "</body></html>";
        return new ArticleParser().parse(page.getBytes(StandardCharsets.UTF_8), "a.html").publishedAt();
    }

    @Test
    void readsTheDateAfterAChineseLabelInItsLine() throws Exception {
        assertEquals("2019-03-08", publishedAt(PROSE + "<div class=foot>作者：小林 <a href=#c>评论(3)</a> 发表于 2019年3月8日"
                + " 21:05</div>"));
        assertEquals("2021-03-05", publishedAt("<div class=bar>&nbsp;发布时间：2021-03-05 08:30:00&nbsp;来源：本站</div>"
                + PROSE));
    }

    @Test
    void readsTheDateAfterAWordOfPublishingInsideALine() throws Exception {
        assertEquals("2019-03-08", publishedAt(PROSE + "<p>〓 读书小组 发布时间 2019/03/08 21:05 〓</p>"));
    }

    @Test
    void readsAYearFirstDateWithOneDigitMonthAfterALabel() throws Exception {
        assertEquals("2019-03-08", publishedAt("<div class=info>读书小组 | 发布: 2019-3-8 21:05 | 点击: 40</div>" + PROSE));
    }

    @Test
    void readsTheDateInsideTheFormAnAspNetPageIsWrappedIn() throws Exception {
        assertEquals("2019-03-08", publishedAt("<form id=page method=post><input type=hidden name=__VIEWSTATE"
                + " value=abc>" + PROSE + "<div class=foot>作者：小林 <a href=#c>评论(3)</a> 发表于:2019-03-08 21:05</div>"
                + "</form>"));
    }

    @Test
    void readsTheDateInTheElementAfterALabelAlone() throws Exception {
        assertEquals("2021-03-05", publishedAt("<div class=bar><span>发布日期：</span><span>2021/03/05</span></div>"
                + PROSE));
    }

    @Test
    void readsNoDateAfterAnEventsLabelOrInASentence() throws Exception {
        assertNull(publishedAt(PROSE + "<p>活动时间：2021年5月1日</p>"));
        assertNull(publishedAt(PROSE + "<p>开放时间：2021年5月1日</p>"));
        assertNull(publishedAt(PROSE + "<p>时间过得真快，2021年5月1日那天我们又见面了，大家都很高兴，聊了很久很久。</p>"));
    }
}
