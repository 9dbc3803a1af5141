package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A blog's page of several posts, each closed by the same stamp with other numbers, is read as its first post, even
 * when that post is one paragraph and a later one runs longer.
 */
class PostStampsTest {

    private static String post(String title, String stamp, String... paragraphs) {
        return title + "\n\n" + stamp + "\n\n" + String.join("\n\n", paragraphs) + "\n\n[打印]\n\n由小林张贴 @ " + stamp
                + " (" + title.length() * 37 + ") 共 " + paragraphs.length + " 篇评论 发表评论 >>>\n\n";
    }

    private static final String PAGE = "小林的博客\n\n博客首页 | 控制面板 | 博客论坛\n\n最新文章\n\n周末去湖边钓鱼\n\n"
            + "归档\n\n01/01/2006 - 02/01/2006\n\n"
            + post("周末去湖边钓鱼", "2006-03-12 20:15:07",
                    "星期六早上，我和两个老同学开车去了城外的湖边钓鱼，天气晴朗，风也不大，湖面上只有几条小船。"
                            + "我们一直坐到中午，只钓到三条小鱼，可是大家聊了很多上学时候的事情，心里特别高兴。")
            + post("搬家记", "2006-03-05 09:41:52",
                    "上个月我们终于从老城区搬到了河对岸的新小区，前前后后忙了差不多三个星期，才算把东西都安顿好。",
                    "搬家公司的师傅们很辛苦，可是楼道太窄，大衣柜怎么也抬不上去，最后只好从阳台用绳子吊上去，"
                            + "邻居们都出来看热闹，有人还帮我们出主意，说先把柜门拆下来会轻一些。",
                    "新房子离公司远了一点，每天要多坐二十分钟的公交车，不过窗外就是公园，早上可以听到鸟叫，"
                            + "孩子的学校也近了，走路只要五分钟，我觉得这次搬家还是值得的。",
                    "现在最让我头疼的是那些还没拆开的箱子，里面装的都是旧书和旧照片，每次打开一个，"
                            + "就会坐在地上看半天，结果一个晚上也整理不了几本书。");

    @Test
    void aPageOfPostsIsReadAsItsFirstPost() {
        String body = DumpBody.of(PAGE);
        assertTrue(body.contains("星期六早上"), body);
        assertFalse(body.contains("搬家公司"), body);
    }

    @Test
    void aSinglePostKeepsAllItsParagraphs() {
        String body = DumpBody.of("小林的博客\n\n" + post("搬家记", "2006-03-05 09:41:52",
                "上个月我们终于从老城区搬到了河对岸的新小区，前前后后忙了差不多三个星期，才算把东西都安顿好。",
                "新房子离公司远了一点，每天要多坐二十分钟的公交车，不过窗外就是公园，早上可以听到鸟叫。")
                + "网友评论\n\n恭喜搬家！新房子一定很漂亮。\n\n");
        assertTrue(body.contains("上个月"), body);
        assertTrue(body.contains("新房子离公司"), body);
    }
}
