package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.Draft;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A short news item under its headline is the article, even beside a heavier site blurb or teaser. */
class HeadlineAnchorTest {

    private static final String NEWS = """
            Home

            World

            Ferry service to the islands suspended after storm damage

            By Jane Doe

            November 20, 2019 10:43

            The ferry service to the northern islands was suspended on Wednesday after a storm damaged the main \
            pier, the port authority said.

            Engineers will inspect the pier on Thursday, and the ferries could run again by the weekend.

            """ + "About us\n\nContact\n\nCareers\n\nWeather\n\nSport\n\nCulture\n\nTravel\n\nPodcasts\n\nArchive\n\n"
            + "Events\n\nJobs\n\nShop\n\nPuzzles\n\n";

    /** Longer than the news item, about the site, under no headline of its own, past the footer's links. */
    private static final String BLURB = """
            Our customer service team can be reached with any questions or requests about subscriptions, \
            deliveries and events by telephone from Monday to Friday between nine in the morning and six in the \
            evening, or by writing to the address below, and we will answer every message within two working \
            days; for questions about the mobile applications or the archive of past issues, please see the help \
            pages first, where most of the answers that our readers look for can be found.""";

    @Test
    void aShortNewsItemUnderItsHeadlineWinsOverALongerSiteBlurb() {
        Draft d = TextDumpReader.read(NEWS + BLURB + "\n");
        assertEquals("Ferry service to the islands suspended after storm damage", d.title());
        String body = body(d);
        assertTrue(body.startsWith("The ferry service"), body);
        assertTrue(body.contains("by the weekend"), body);
        assertFalse(body.contains("customer service"), body);
    }

    @Test
    void theStoryUnderItsHeadlinePastABoxOfLatestHeadlinesWinsOverTheHeavierTeasersAbove() {
        String teasers = "Latest headlines\n\n"
                + "Bakery closes after sixty years. The family bakery on the market square served its last loaves "
                + "on Saturday after sixty years, as the owners retire without anyone to take over the ovens.\n\n"
                + "New bus line to the airport. A direct bus line will link the old town and the airport from March, "
                + "running every twenty minutes from five in the morning until midnight on every day of the week.\n\n"
                + "Museum reopens its east wing. The city museum reopened its east wing on Sunday after two years of "
                + "works, with the paintings of the old collection hung again in the rooms they were made for.\n\n"
                + "Most viewed\n\nWeather\n\nSport\n\nCulture\n\n";
        Draft d = TextDumpReader.read(teasers + NEWS.substring(NEWS.indexOf("Ferry service")));
        String body = body(d);
        assertTrue(body.startsWith("The ferry service"), body);
        assertFalse(body.contains("bakery"), body);
    }

    @Test
    void aTeaserCardUnderItsHeadlineDoesNotWinOverTheArticle() {
        String teaser = """
                Island schools to close early for the holidays

                By John Roe

                The schools of the islands will close a week early for the holidays this year, the council said on \
                Monday after a long debate.
                """;
        Draft d = TextDumpReader.read(BLURB + "\n\n" + teaser);
        assertTrue(body(d).contains("customer service"), body(d));
    }

    @Test
    void aTeaserCardsBlurbClosingOnReadMoreDoesNotWinOverTheArticle() {
        // The article's headline names no word of its text, so no headline anchors it; the cards under it are
        // anchored each, and the next card's caption under a blurb reads as its second paragraph.
        String page = """
                Home

                What we are reading this morning

                By Jane Doe

                May 23, 2013

                The president gave a long speech at the defence university on Thursday, speaking of the prison camp \
                and of the government's policy on drone strikes abroad.

                In the opinion pages, the leader of the minority writes about the tax office, and two senators set \
                out their plan to cut the number of assaults in the armed forces.

                Related Stories

                Ferry service to the islands suspended after storm damage

                By John Roe

                The ferry service to the northern islands was suspended on Wednesday after a storm damaged the main \
                pier, the port authority said, and engineers will inspect the pier on Thursday before the ferries \
                can run again. Read More

                A crane lifts a beam onto the new bridge over the river at Riverton on Tuesday, as the builders race \
                to finish the work before the winter. (Photo by Jane Roe/AP)

                Riverton bridge to open before the winter

                By Anna Stevens

                The new bridge over the river at Riverton will open before the winter, the builders said. Read More
                """;
        String body = body(TextDumpReader.read(page));
        assertTrue(body.startsWith("The president gave"), body);
        assertFalse(body.contains("ferry service"), body);
    }

    @Test
    void aRunPastAWallAfterTheArticleIsNotTheArticleEvenUnderAHeadline() {
        String later = """
                Most read

                Storm damage: ferry pier to be rebuilt by spring

                The storm damage to the ferry pier will be repaired by spring, the port authority said on Friday.

                The ferry service to the islands will run from the old pier until the new one is finished.
                """;
        Draft d = TextDumpReader.read(BLURB + "\n\n" + later);
        assertTrue(body(d).contains("customer service"), body(d));
        assertFalse(body(d).contains("rebuilt"), body(d));
    }

    @Test
    void aLabelSharingOneLongWordWithoutSpacesIsNoHeadlineOfTheTeaserUnderIt() {
        // "ビジネス" is one word, three character pairs: a section label and a teaser naming its source share no more.
        assertFalse(HeadlineAnchor.sharesTwoWords(
                "家電量販店の年末商戦、売れ筋は暖房器具と調理家電 週刊ビジネス 12/1(火) 8:00", "注目のビジネスニュース"));
    }

    @Test
    void aChineseStoryUnderItsHeadlinePastATeaserListWinsOverTheHeavierTeasersAbove() {
        String dump = """
                最新消息

                老城区菜市场完成改造重新开业。位于老城区中心的菜市场经过一年的改造，于周六重新开业，新增了停车场和冷链仓库，摊位数量比原来增加了三成。

                机场快线下月开通运营。连接火车站和机场的快线将于下月开通，每二十分钟一班，从早上六点运行到午夜，全程只需要二十五分钟。

                市博物馆东馆修缮后重新开放。市博物馆东馆经过两年的修缮工程，于周日重新向公众开放，馆内重新陈列了一批明清时期的书画藏品。

                热门

                天气

                体育

                文化

                财经

                科技

                汽车

                房产

                教育

                旅游

                健康

                视频

                暴雨冲毁码头 海岛渡轮停航

                记者 王明

                2019年11月20日 10:43

                港务局周三表示，由于暴雨冲毁了主码头，前往北部海岛的渡轮已经停航。

                工程人员将于周四检查码头，渡轮最早可能在周末恢复航行。
                """;
        Draft d = TextDumpReader.read(dump);
        String body = body(d);
        assertTrue(body.startsWith("港务局周三表示"), body);
        assertFalse(body.contains("菜市场"), body);
    }

    private static String body(Draft d) {
        return d.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
