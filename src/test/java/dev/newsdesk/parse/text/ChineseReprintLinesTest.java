package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * A reprinted Chinese story's "original title" line (原标题：…) and a link's call to click through (点击查看…) are
 * chrome, in simplified and traditional characters: neither is the title nor the body. A story sentence that names an
 * original title or opens on "点击" stays.
 */
class ChineseReprintLinesTest {

    private static final String STORY = """
            首页

            社会

            图书馆延长开放时间 夜间阅览室开到十点

            2026-12-04 09:20:15　来源：晚报

            原标题：市图书馆延长开放时间

            记者从市图书馆获悉，从下周一起，图书馆二楼的阅览室每天将开放到晚上十点，比原来延长了两个小时。

            图书馆负责人介绍，近年来晚上来馆的读者越来越多，其中不少是下班后来学习的年轻人和准备考试的学生。

            点击进入专题：城市阅读季

            延长开放期间，图书馆将增加工作人员，并为夜间离馆的读者提供附近公交站的最新班次信息。

            點擊查看更多圖片

            此外，图书馆还计划在阅览室增设充电插座和自助借还书机，预计明年春天完成。
            """;

    @Test
    void theOriginalTitleAndACallToClickAreNeitherTitleNorBody() {
        Draft draft = TextDumpReader.read(STORY);
        String body = DumpBody.of(draft);
        assertEquals("图书馆延长开放时间 夜间阅览室开到十点", draft.title());
        assertTrue(body.startsWith("记者从市图书馆获悉"), body);
        assertTrue(body.endsWith("预计明年春天完成。"), body);
        assertFalse(body.contains("原标题"), body);
        assertFalse(body.contains("点击进入"), body);
        assertFalse(body.contains("點擊查看"), body);
    }

    @Test
    void aSentenceNamingAnOriginalTitleOrOpeningOnAClickStays() {
        String guarded = STORY.replace("原标题：市图书馆延长开放时间\n", "")
                .replace("点击进入专题：城市阅读季", "这篇文章的原标题为《夜读》，发表后被多家报纸转载，引起了不少读者的讨论。")
                .replace("點擊查看更多圖片", "点击查看报名信息的读者在一天之内超过了一万人，图书馆的网站一度无法访问。");
        String body = DumpBody.of(guarded);
        assertTrue(body.contains("这篇文章的原标题为《夜读》"), body);
        assertTrue(body.contains("点击查看报名信息的读者"), body);
    }
}
