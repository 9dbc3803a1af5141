package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A dump that opens with the page's title ("Headline-Site") names its headline by the header line that repeats it,
 * however many teasers stand between that line and the text.
 */
class TitleLineCopiesTest {

    private static final String MENU = "首页 | 新闻 | 体育 | 娱乐 | 财经 | 汽车\n\n";
    private static final String HEADER = "市图书馆新馆周末开放 三万册新书上架\n\n2024年3月2日 09:15 来源：北方晨报\n\n";
    /** A share bar's buttons, then other stories' headlines, one sharing a word with the text by chance. */
    private static final String TEASERS = """
            页面功能 【我来说两句】【推荐】【打印】【关闭】

            春季赏花好去处一览

            老街小吃排行榜出炉

            地铁五号线试运行首日客流平稳

            三月家电促销提前开场

            周边自驾游线路推荐

            中学生足球联赛开幕

            市民热议垃圾分类新规

            五一假期出行指南

            """;
    private static final String TEXT = """
            北方晨报讯 经过两年的建设，市图书馆新馆将于本周末正式向市民开放。新馆共有五层，设有儿童阅览区、自习区和展览厅。

            图书馆负责人介绍，新馆首批上架新书三万册，其中儿童读物占三分之一。市民凭身份证即可免费办理借书证。

            开馆当天，图书馆还将举办读书分享会和书法展览，欢迎市民前往参观。新馆每天早上九点开放，晚上九点闭馆。
            """;

    @Test
    void theHeaderLineThatRepeatsTheOpeningTitleIsTheHeadline() {
        String dump = "市图书馆新馆周末开放 三万册新书上架-北方晨报网\n\n" + MENU + HEADER + TEASERS + TEXT;
        assertEquals("市图书馆新馆周末开放 三万册新书上架", TextDumpReader.read(dump).title());
    }

    @Test
    void aSiteNameTheLogoRepeatsLeavesTheHeadline() {
        String dump = "北方晨报\n\n首页\n\n新闻\n\n体育\n\n娱乐\n\n财经\n\n北方晨报\n\n正文\n\n" + HEADER + TEXT;
        assertEquals("市图书馆新馆周末开放 三万册新书上架", TextDumpReader.read(dump).title());
    }
}
