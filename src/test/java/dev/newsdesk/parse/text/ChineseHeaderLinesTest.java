package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A Chinese dump's header lines between its headline and its text: a source-and-time line, a keywords field, an
 * editor's note's label, a menu's links on one line. None is the title; the headline over them is.
 */
class ChineseHeaderLinesTest {

    private static final String MENU = "首页\n\n新闻\n\n财经\n\n体育\n\n城市频道\n\n";
    private static final String TEXT = """
            今年春天，市里的老码头开始改造，施工队在旧仓库之间铺设了新的步行道，附近的居民每天傍晚都会来这里散步，\
            看着江面上来往的渡船，谈论着码头过去的热闹景象。

            据负责改造的工程师介绍，码头的改造分为三期进行，第一期主要修缮旧仓库的外墙和屋顶，第二期将建设沿江的\
            公园和观景平台，第三期则计划引入书店、咖啡馆和小型博物馆，让老码头重新成为市民休闲的去处。

            不少老居民表示，他们小时候常常在码头边看船工装卸货物，如今看到这里焕然一新，心里既高兴又有些怀念，\
            希望改造之后还能保留一些老码头原来的样子。
            """;
    private static final String FOOTER = "\n相关新闻\n\n版权所有\n\n联系我们\n";
    private static final String HEADLINE = "老码头改造迎来新生 沿江公园明年开放";
    /** A headline in a figure of speech: it shares no word with the text, as a source's name may. */
    private static final String FIGURATIVE = "一座城市的新客厅";

    @Test
    void aSourceAndTimeLineUnderTheHeadlineIsNoTitle() {
        assertTitle(FIGURATIVE, FIGURATIVE + "\n\nhttp://www.example.net 2005年03月21日 11:21 《码头晨报》\n\n");
    }

    @Test
    void aNumberedDateAndASourcesNameUnderTheHeadlineAreNoTitle() {
        assertTitle(FIGURATIVE, FIGURATIVE + "\n\n2003-7-24 码头晚报\n\n");
    }

    @Test
    void aHeadlineHoldingADateStaysTheTitle() {
        String headline = "2003-7-24 老码头改造工程今日开工 沿江公园明年开放";
        assertTitle(headline, headline + "\n\n");
    }

    @Test
    void aKeywordsFieldOverTheTextIsNoTitle() {
        assertTitle(HEADLINE, HEADLINE + "\n\n作者：王明 城市晨报\n\n关键词：码头；改造；公园；城市更新\n\n");
    }

    @Test
    void aHeadlineOpeningWithTheWordForSortingStaysTheTitle() {
        String headline = "分类回收进社区 老码头改造迎来新生";
        assertTitle(headline, headline + "\n\n");
    }

    @Test
    void anEditorsNoteLabelOverTheTextIsNoTitle() {
        String headline = "谁来为老码头的明天埋单？";
        assertTitle(headline, headline + "\n\n本报实习生 王明\n\n本报记者 李华 张伟\n\n2003-7-24 码头晚报\n\n编者按\n\n");
    }

    @Test
    void aHeadlineOpeningWithTheEditorsNoteStaysTheTitle() {
        String headline = "编者按语里的老码头 一座城市的记忆";
        assertTitle(headline, headline + "\n\n");
    }

    @Test
    void aMenuSetApartByDashesUnderTheHeadlineIsNoTitle() {
        assertTitle(FIGURATIVE, FIGURATIVE + "\n\n首页 - 财经 - 新闻 - 科技 - 旅游 - 汽车 -\n\n");
    }

    @Test
    void chaptersSetApartByBarsAreNoTitle() {
        assertTitle(FIGURATIVE, FIGURATIVE + "\n\n第一章│第二章│第三章│第四章\n\n");
    }

    @Test
    void aHeadlineWithADashStaysTheTitle() {
        String headline = "老码头改造迎来新生 - 沿江公园明年开放";
        assertTitle(headline, headline + "\n\n");
    }

    /** Asserts that the dump of {@code header} over the text, between menu and footer, is titled {@code title}. */
    private static void assertTitle(String title, String header) {
        assertEquals(title, TextDumpReader.read(MENU + header + TEXT + FOOTER).title());
    }
}
