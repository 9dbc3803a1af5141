package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese are written without spaces between words: their paragraphs must still count as prose
 * (a page of them was once refused as "no article text found"), and their menus still as chrome.
 */
class CjkTest {

    static final String JAPANESE = """
            市議会は火曜日、老朽化した橋の補修費を含む新しい予算案を賛成多数で可決した。\
            昨年春の洪水以来、住民は早急な対策を求めていた。

            市長によると、工事は三月に始まり、年内に完了する見通しだ。\
            ただし一部の業者は、資材価格の上昇で費用がさらに膨らむ可能性があると指摘している。

            採決は僅差となり、複数の議員は今後数か月にわたって支出を注意深く監視すると述べた。""";

    static final String CHINESE = """
            市议会周二以多数票通过了新的预算案，其中包括修复多座老旧桥梁的费用。自去年春季洪水以来，居民一直要求尽快采取措施。

            市长表示，工程将于三月开工，预计年底前完工。但一些承包商警告说，由于材料价格上涨，成本可能进一步增加。

            投票结果十分接近，几位议员表示，他们将在未来几个月密切关注这笔支出。""";

    @Test
    void eachHanOrKanaCharacterIsAWordAndLatinWordsStayWhole() {
        assertEquals(8, Words.count("Tokyo 東京タワー は tall"));
        assertEquals(List.of("日", "本", "go", "2024"), Words.lowerCase("日本 Go-2024"));
        for (String mixed : List.of(JAPANESE, CHINESE, "Tokyo東京tower2024年 d'été — 東", "")) {
            assertEquals(Words.lowerCase(mixed).size(), Words.count(mixed), "count and split agree: " + mixed);
        }
    }

    @Test
    void aJapanesePageKeepsItsParagraphsAndDropsItsMenu() throws Exception {
        StringBuilder html = new StringBuilder("""
                <html lang="ja"><head><meta charset="utf-8"><title>橋の補修予算が可決 | 市民ニュース</title></head>
                <body><nav><ul><li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li>
                <li><a href="/sports">スポーツ</a></li><li><a href="/contact">お問い合わせ</a></li></ul></nav>
                <article><h1>橋の補修予算が可決</h1>
                """);
        for (String paragraph : JAPANESE.split("\n\n")) html.append("<p>").append(paragraph).append("</p>\n");
        html.append("</article><footer><p>Copyright © 市民ニュース</p></footer></body></html>");

        ArticleContent article = parse(html.toString(), "page.html");

        assertEquals("橋の補修予算が可決", article.title());
        for (String paragraph : JAPANESE.split("\n\n")) {
            assertTrue(article.body().contains(paragraph), () -> "missing: " + paragraph + "\nin: " + article.body());
        }
        assertFalse(article.body().contains("お問い合わせ"), article.body());
        assertFalse(article.body().contains("Copyright"), article.body());
        // Each character counts as a word, as word processors count Chinese and Japanese.
        assertTrue(article.wordCount() > 100, () -> "wordCount " + article.wordCount());
    }

    @Test
    void rubyReadingsOverKanjiAreNotReadIntoTheSentence() throws Exception {
        StringBuilder html = new StringBuilder("""
                <html lang="ja"><head><meta charset="utf-8"><title>橋の補修予算が可決</title></head>
                <body><article><h1>橋の補修予算が可決</h1>
                <p><ruby>市長<rp>(</rp><rt>しちょう</rt><rp>)</rp></ruby>によると、<ruby>工事<rt>こうじ</rt></ruby>は\
                <ruby>三月<rt>さんがつ</rt></ruby>に始まる。</p>
                """);
        for (String paragraph : JAPANESE.split("\n\n")) html.append("<p>").append(paragraph).append("</p>\n");
        html.append("</article></body></html>");

        ArticleContent article = parse(html.toString(), "page.html");

        assertTrue(article.body().contains("市長によると、工事は三月に始まる。"), article.body());
        assertFalse(article.body().contains("しちょう"), article.body());
    }

    @Test
    void aChineseTextDumpIsAnArticle() throws Exception {
        String dump = "首页\n\n新闻\n\n体育\n\n市议会通过桥梁修复预算\n\n" + CHINESE + "\n\n分享到微博\n\n";

        ArticleContent article = parse(dump, "page.txt");

        for (String paragraph : CHINESE.split("\n\n")) {
            assertTrue(article.body().contains(paragraph), () -> "missing: " + paragraph + "\nin: " + article.body());
        }
        assertFalse(article.body().contains("首页"), article.body());
    }

    @Test
    void theEditorLineUnderAChineseStoryIsNotItsText() throws Exception {
        StringBuilder html = new StringBuilder("<html lang=\"zh\"><body><article><h1>市议会通过桥梁修复预算</h1>");
        for (String paragraph : CHINESE.split("\n\n")) html.append("<p>").append(paragraph).append("</p>");
        html.append("<p>责任编辑：王小明</p></article></body></html>");

        ArticleContent article = parse(html.toString(), "page.html");

        assertTrue(article.body().contains(CHINESE.split("\n\n")[0]), article.body());
        assertFalse(article.body().contains("责任编辑"), article.body());
    }
}
