package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The headings Chinese sites set over the boxes under a story, "相关报道" (related reports), "相关内容", "阅读排行榜"
 * (most read), end the story in a dump: the headlines listed under them, with their dates, are not its paragraphs.
 * So do the headings over readers' comments, "热门评论" (popular comments), "最新评论" (latest comments).
 */
class ChineseRelatedHeadingsTest {

    private static final String STORY = """
            山区小学用上了新操场

            经过一个暑假的施工，山区小学的新操场终于在开学前完工了。校长说，以前孩子们只能在泥地上跑步，\
            一下雨就没法上体育课。

            新操场铺上了塑胶跑道，还装了两个篮球架。开学第一天，孩子们围着跑道跑了一圈又一圈，\
            好几个家长站在校门口看着，也跟着笑了起来。

            编辑：小林

            """;

    private static final String HEADLINES = """
            · 小镇新建的体育馆下月对外开放 周末游泳池将延长开放时间 2023-04-28 09:00:04

            · 老城区改造方案公布 三条老街将保留原有的青石板路面 2023-04-27 15:02:26

            · 春季植树活动启动 志愿者在河边种下了两千棵柳树 2023-04-26 09:43:53

            · 县医院新门诊楼启用 挂号和缴费可以全部在手机上完成 2023-04-25 14:58:29

            · 乡村公交线路调整 五个村子的孩子上学不用再走山路了 2023-04-24 08:18:35
            """;

    @Test
    void relatedReportsEndTheStory() {
        String body = DumpBody.of(STORY + "相关报道：\n\n" + HEADLINES);
        assertTrue(body.contains("跑了一圈又一圈"), body);
        assertFalse(body.contains("体育馆"), body);
        assertFalse(body.contains("植树活动"), body);
    }

    @Test
    void aMostReadListEndsTheStory() {
        String body = DumpBody.of(STORY + "阅读排行榜\n\n" + HEADLINES);
        assertTrue(body.contains("跑了一圈又一圈"), body);
        assertFalse(body.contains("体育馆"), body);
    }

    private static final String COMMENTS = """
            王小明 认为：

            我家孩子也在这所学校上学，以前一到下雨天就只能在教室里坐着，现在终于可以好好上体育课了。

            李华 认为：

            希望别的山区学校也能早点用上这样的操场，孩子们的身体比什么都重要。
            """;

    @Test
    void aPopularCommentsHeadingEndsTheStory() {
        String body = DumpBody.of(STORY + "热门评论\n\n" + COMMENTS);
        assertTrue(body.contains("跑了一圈又一圈"), body);
        assertFalse(body.contains("下雨天就只能"), body);
        assertFalse(body.contains("别的山区学校"), body);
    }

    @Test
    void aSentenceAboutCommentsStaysInTheStory() {
        String body = DumpBody.of(STORY.replace("编辑：小林", "校长在网上看到了不少热门评论，他说会把家长们的建议都记下来。\n\n编辑：小林"));
        assertTrue(body.contains("不少热门评论"), body);
    }
}
