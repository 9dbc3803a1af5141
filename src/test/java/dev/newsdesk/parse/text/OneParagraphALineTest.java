package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A dump written one block a line, no blank line between its paragraphs, under many short lines of chrome (a menu,
 * teasers, a share bar): the chrome sets the width most lines stay within, yet the text is not hard-wrapped there,
 * and each paragraph stays a block of its own, as with blank lines between them. So in Chinese, whose lines run on
 * only where the text is hard-wrapped: there a line breaks anywhere, with no space, and the next goes on it.
 */
class OneParagraphALineTest {

    private static final String ENGLISH = """
            Home
            News
            Politics
            Business
            Sport
            Culture
            Search
            Sign in
            Town to build a new bridge over the river by 2028
            Bread prices rise by five per cent
            Local
            Repairs begin on the old water tower in Riverton
            By John Smith
            12 March 2026, 14:30
            Reading time: 4 min
            The town council of Riverton has begun repairing the water tower that was built more than a hundred \
            years ago. The work should be finished by the end of the autumn, the council said.
            According to the head of the building department, Anna Stevens, the tower had long needed a stronger \
            foundation and a new roof. "We looked for a long time for a builder who can work with historic \
            buildings, and at last we found one," she said.
            The tower stands in the middle of the old quarter and is one of the symbols of the town. Residents \
            asked the council for years not to pull it down but to turn it into a museum.
            The work will cost about ten million pounds. The county will pay most of it and the town the rest.
            Once the repairs are finished the tower will open to visitors. Entry will be free at weekends, \
            officials said.
            Photo: John Smith
            Share
            Facebook
            Twitter
            Read also:
            Residents choose the design of a new park
            Comments (12)
            Comment rules
            Please be polite. Comments with insults or advertising are removed by the moderator without warning.
            Sign in to leave a comment.
            © 2026 Riverton Today. All rights reserved. Reproduction without written permission is prohibited.
            The editors are not responsible for the content of readers' comments.
            """;

    /** The dump {@code resource} with its blank lines taken out. */
    private static String withoutBlankLines(String resource) throws IOException {
        try (InputStream in = OneParagraphALineTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\n\\s*\n", "\n");
        }
    }

    /** {@code dump}, one block a line, reads as the same body as with a blank line after each line. */
    private static void assertSameBodyAsSpaced(String dump, String what) {
        assertEquals(DumpBody.of(dump.replace("\n", "\n\n")), DumpBody.of(dump), what);
    }

    @Test
    void aDumpWithOneParagraphALineReadsAsWithBlankLinesBetween() throws IOException {
        assertSameBodyAsSpaced(ENGLISH, "English");
        for (String language : new String[] {"ukrainian", "czech", "russian", "greek", "polish"}) {
            assertSameBodyAsSpaced(withoutBlankLines("/dumps/" + language + "-tower.txt"), language);
        }
    }

    @Test
    void aChineseDumpWithOneParagraphALineReadsAsWithBlankLinesBetween() throws IOException {
        for (String page : new String[] {"zh-news", "zh-blog", "zht-news"}) {
            assertSameBodyAsSpaced(withoutBlankLines("/dumps/pasted/" + page + ".txt"), page);
        }
    }

    @Test
    void aHardWrappedChineseParagraphStillRunsOn() {
        String wrapped = """
                河边公园今年秋天完成改造
                河边公园的改造工程上周正式完工。负责设计的工程师介绍说，这次改造保
                留了原来的老树和石桥，新修的步道沿着河岸一直通到城北的码头，晚上还
                有路灯照明，附近的居民下班以后可以在这里散步、跑步或者骑自行车。
                公园里还新建了一个儿童游乐场和一座小型图书亭。不少家长表示，以前周
                末只能带孩子去很远的商场，现在走几分钟就能到公园，孩子们也更愿意到
                户外活动了，大家都希望以后能有更多这样贴近生活、方便实用的公共空间。
                """;
        String body = DumpBody.of(wrapped);
        assertTrue(body.contains("这次改造保留了原来的老树"), body);
        assertTrue(body.contains("以前周末只能带孩子"), body);
    }

    @Test
    void aListUnderAParagraphTypedOnOneLineIsNoWrappedLine() {
        // One-sentence paragraphs of a line each set a width the text seems wrapped at; the long paragraph above the
        // list runs far past it, so it is no wrapped line and the list's first item does not run on into it.
        String typed = """
                The market hall reopens with a shorter shopping list
                The traders of the old market hall reopened their stalls on Saturday after two years of repairs, but \
                several of them said the supply of fresh food from the valley was still far from what it used to be.
                - Eggs
                - Milk
                - Bread
                The council expects the remaining stalls to open before the summer, once the roof is finished.
                The cold rooms in the cellar are to be inspected by the county's food safety office next month.
                Most traders said they would keep their prices as they were before the hall closed for repairs.
                A farmers' market will be held in the square in front of the hall on the first Sunday of June.
                """;
        String body = DumpBody.of(typed);
        assertTrue(body.contains("Eggs\nMilk\nBread"), body);
    }

    @Test
    void aShortPasteOfWholeParagraphsALineIsNoWrappedText() {
        // One- and two-sentence paragraphs set the width most lines stay within, and the menu and headline come near
        // it; but the lines near it end as sentences, whole, and longer paragraphs run far past it: no wrap.
        String pasted = """
                Home | News | Sport | Weather | Culture | Travel | Opinion
                Library in the old mill opens its doors to readers
                3 May 2026 | By Mary Clark
                The library will lend books, maps and records from the first day.
                Volunteers spent a year sorting the shelves. Most of the books came from readers who moved away.
                The mill stood empty for twenty years before the town bought it. Its wheel will turn again in summer.
                Children can join the reading club for free until the end of June.
                Share on Facebook Twitter Email
                Read more
                Related articles
                Town fair returns to the market square
                New cycle path opens along the canal
                © 2026 Town News. All rights reserved.
                """;
        String body = DumpBody.of(pasted);
        assertTrue(body.startsWith("The library will lend books, maps and records from the first day.\n"), body);
        assertTrue(body.contains("\nChildren can join the reading club for free until the end of June."), body);
    }

    @Test
    void aShortTextHardWrappedMidSentenceStillRunsOn() {
        String wrapped = """
                Library in the old mill opens its doors to readers
                The library will lend books, maps and records from the
                first day. Volunteers spent a year sorting the shelves,
                and most of the books came from readers who moved away
                from the town. The mill stood empty for twenty years.
                """;
        String body = DumpBody.of(wrapped);
        assertTrue(body.contains("from the first day. Volunteers"), body);
        assertTrue(body.contains("moved away from the town."), body);
    }

    @Test
    void aShortJapaneseDumpWithOneParagraphALineIsNoHardWrappedText() {
        // Its menu and footer are about as wide as its shortest paragraph and set the width; its two long paragraphs
        // run far past it ending as sentences, which tells that each line is a block, not one wrapped paragraph.
        String dump = """
                トップ | 国内 | 国際 | 経済 | スポーツ | 科学
                港町の図書館、百年ぶりに建て替え
                2026年5月8日 佐藤花子
                新しい図書館は来年春に開館する予定だ。
                旧館は明治時代に建てられ、長年にわたって市民に親しまれてきた。建物の老朽化が進み、市は三年前から建て替えを検討していた。
                新館には子ども向けの読書室や自習室が設けられる。館長は「誰もが気軽に立ち寄れる場所にしたい」と話した。
                この記事を共有する X Facebook LINE
                あわせて読みたい
                駅前の商店街に新しい広場
                市立病院の診療時間を延長
                © 2026 港町日報
                個人情報の取り扱い | 利用規約 | お問い合わせ
                """;
        Draft draft = TextDumpReader.read(dump);
        assertEquals("港町の図書館、百年ぶりに建て替え", draft.title());
        String body = DumpBody.of(draft);
        assertTrue(body.startsWith("新しい図書館は来年春に開館する予定だ。\n\n旧館は"), body);
        assertTrue(body.endsWith("と話した。"), body);
    }
}
