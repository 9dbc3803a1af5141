package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/**
 * A blog's page of several posts, newest first, each in a box named like the others with its own title and day, is
 * read as its first post, however much longer a later one runs; posts in the opposite order (a thread) stay whole.
 */
class BlogPostsPageTest {

    private static String post(String title, String day, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) text.append("<p>").append(p).append("</p>");
        return "<table class=\"entry\"><tr><td class=\"entry-head\">" + title + "</td><td class=\"entry-head\">" + day
                + "</td></tr><tr><td class=\"entry-text\">" + text + "</td></tr>"
                + "<tr><td><a href=\"/print\">Print</a></td></tr></table>";
    }

    private static String page(String... posts) {
        StringBuilder rows = new StringBuilder();
        for (String p : posts) rows.append("<tr><td>").append(p).append("</td></tr>");
        return "<html><head><title>Jane's notebook</title></head><body><table><tr><td class=\"menu\">"
                + "<a href=\"/\">Home</a> <a href=\"/archive\">Archive</a></td><td><table>" + rows
                + "</table></td></tr></table></body></html>";
    }

    private static final String FISHING = post("A day at the lake", "2006-03-12 20:15:07",
            "On Saturday morning two old friends and I drove out of town to the lake, where the water was calm and"
                    + " only a few boats were out. We stayed until noon, caught three small fish, and talked about"
                    + " our school days the whole time, which made it a very good day.");
    private static final String MOVING = post("Moving house", "2006-03-05 09:41:52",
            "Last month we finally moved from the old town to the new estate across the river, and it took us"
                    + " almost three weeks to settle everything into its place.",
            "The movers worked hard, but the stairwell was too narrow for the wardrobe, so in the end they pulled"
                    + " it up to the balcony with ropes while the neighbours came out to watch and give advice.",
            "The new flat is further from the office, twenty more minutes on the bus each day, but the park is"
                    + " right outside the window, and the children now walk to school in five minutes.",
            "What worries me most are the boxes we have not opened yet, full of old books and photographs, since"
                    + " every time I open one I sit on the floor and read for an hour.");
    private static final String GARDEN = post("Spring in the garden", "2006-02-26 18:02:33",
            "The first tulips came up this week along the fence, earlier than last year, and the old apple tree"
                    + " is already covered in buds, so we spent the whole weekend cutting back the hedges.");

    @Test
    void aPageOfPostsNewestFirstIsReadAsItsFirstPost() throws Exception {
        ArticleContent a = parse(page(FISHING, MOVING, GARDEN), "blog.html");
        assertTrue(a.body().contains("On Saturday morning"), a.body());
        assertFalse(a.body().contains("stairwell"), a.body());
        assertFalse(a.body().contains("tulips"), a.body());
    }

    @Test
    void postsClosedByTheirStampsAreReadAsTheFirstPost() throws Exception {
        String page = "<html><head><title>Jane's notebook</title></head><body><div class=\"posts\">"
                + stamped(FISHING_TEXT, "2006-03-12 20:15") + stamped(MOVING_TEXT, "2006-03-05 09:41")
                + stamped(GARDEN_TEXT, "2006-02-26 18:02") + "</div></body></html>";
        ArticleContent a = parse(page, "blog.html");
        assertTrue(a.body().contains("On Saturday morning"), a.body());
        assertFalse(a.body().contains("stairwell"), a.body());
    }

    private static String stamped(String text, String day) {
        return "<div class=\"post\"><h3>A note</h3>" + text + "<p class=\"stamp\">Posted by jane @ " + day
                + " | 3 comments</p></div>";
    }

    private static final String FISHING_TEXT = "<p>On Saturday morning two old friends and I drove out of town to the"
            + " lake, where the water was calm and only a few boats were out. We stayed until noon, caught three small"
            + " fish, and talked about our school days the whole time.</p>";
    private static final String MOVING_TEXT = "<p>Last month we finally moved from the old town to the new estate"
            + " across the river, and it took us almost three weeks to settle everything into its place.</p><p>The"
            + " movers worked hard, but the stairwell was too narrow for the wardrobe, so in the end they pulled it up"
            + " to the balcony with ropes while the neighbours came out to watch and give advice.</p><p>The new flat"
            + " is further from the office, twenty more minutes on the bus each day, but the park is right outside the"
            + " window, and the children now walk to school in five minutes.</p>";
    private static final String GARDEN_TEXT = "<p>The first tulips came up this week along the fence, earlier than"
            + " last year, and the old apple tree is already covered in buds, so we spent the weekend on the hedges."
            + "</p>";

    @Test
    void postsOldestFirstStayWhole() throws Exception {
        ArticleContent a = parse(page(GARDEN, MOVING, FISHING), "thread.html");
        assertTrue(a.body().contains("stairwell"), a.body());
        assertTrue(a.body().contains("On Saturday morning"), a.body());
    }

    @Test
    void aChinesePageOfPostsIsReadAsItsFirstPost() throws Exception {
        ArticleContent a = parse(chinesePosts(), "blog.html");
        assertTrue(a.body().contains("星期六早上"), a.body());
        assertFalse(a.body().contains("搬家公司"), a.body());
    }

    @Test
    void theFirstPostsTitleAndDayAreItsTitleNotItsFirstParagraph() throws Exception {
        // each post's title and day in one cell, the page's title naming none
        String page = chinesePosts().replace("<title>Jane's notebook</title>", "")
                .replace("周末去湖边钓鱼</td><td class=\"entry-head\">", "周末 去湖边 钓鱼 (图) ");
        ArticleContent a = parse(page, "blog.html");
        assertTrue(a.body().startsWith("星期六早上"), a.body());
        assertEquals("周末 去湖边 钓鱼 (图)", a.title());
    }

    private static String chinesePosts() {
        return page(post("周末去湖边钓鱼", "2006-03-12 20:15:07",
                        "星期六早上，我和两个老同学开车去了城外的湖边钓鱼，天气晴朗，风也不大，湖面上只有几条小船。"
                                + "我们一直坐到中午，只钓到三条小鱼，可是大家聊了很多上学时候的事情，心里特别高兴。"),
                post("搬家记", "2006-03-05 09:41:52",
                        "上个月我们终于从老城区搬到了河对岸的新小区，前前后后忙了差不多三个星期，才算把东西都安顿好。",
                        "搬家公司的师傅们很辛苦，可是楼道太窄，大衣柜怎么也抬不上去，最后只好从阳台用绳子吊上去，"
                                + "邻居们都出来看热闹，有人还帮我们出主意，说先把柜门拆下来会轻一些。",
                        "新房子离公司远了一点，每天要多坐二十分钟的公交车，不过窗外就是公园，早上可以听到鸟叫，"
                                + "孩子的学校也近了，走路只要五分钟，我觉得这次搬家还是值得的。"),
                post("春天的花园", "2006-02-26 18:02:33",
                        "这个星期篱笆边的郁金香已经开了，比去年早了一些，老苹果树上也长满了花苞，"
                                + "我们整个周末都在修剪树篱，累得腰都直不起来。"));
    }
}
