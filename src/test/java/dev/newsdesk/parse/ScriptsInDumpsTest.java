package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.extract.BlockScorer;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Text dumps in languages whose words inflect (Polish, Russian) or are written without spaces (Chinese): a short
 * news item under its headline is still told by the headline its first paragraph restates, in other forms of the
 * same words or in the same characters, over a longer site blurb. Each dump in {@code src/test/resources/dumps}.
 */
class ScriptsInDumpsTest {

    /** The dump {@code name} reads as the story headed {@code title}, from {@code first} to {@code last}. */
    private static void assertStory(String name, String title, String first, String last, String blurb)
            throws IOException, RejectedFileException {
        ArticleContent a;
        try (InputStream in = ScriptsInDumpsTest.class.getResourceAsStream("/dumps/" + name)) {
            a = ParserTestSupport.PARSER.parse(in.readAllBytes(), name);
        }
        assertEquals(title, a.title());
        assertTrue(a.body().startsWith(first), a.body());
        assertTrue(a.body().endsWith(last), a.body());
        assertFalse(a.body().contains(blurb), a.body());
    }

    @Test
    void findsAPolishStoryWhoseLeadInflectsTheHeadlinesWords() throws Exception {
        assertStory("polish-news.txt", "Nowa ustawa chroni polskie lasy", "Sejm przyjął w piątek ustawę",
                "będą grozić wysokie kary.", "Nasz zespół obsługi klienta");
    }

    @Test
    void findsARussianStoryWhoseLeadInflectsTheHeadlinesWords() throws Exception {
        assertStory("russian-news.txt", "Власти города закрыли старый мост через реку",
                "Мэрия закрыла для машин старый мост", "может занять несколько месяцев.", "служба поддержки");
    }

    @Test
    void findsAChineseStoryByTheCharacterPairsItsLeadShares() throws Exception {
        assertStory("chinese-news.txt", "市政府宣布关闭老桥进行维修", "市政府周四宣布",
                "维修工作预计将持续到今年夏天结束。", "客户服务团队");
    }

    @Test
    void aListOfLongChineseHeadlinesIsNoProse() throws Exception {
        // Each headline is 30 characters (as many words) with no comma or stop: by length alone, six paragraphs.
        assertStory("chinese-headline-list.txt", "山区小学迎来第一批志愿教师", "今年秋季开学",
                "当地教育部门还将为志愿教师提供住宿和生活补贴。", "国家统计局发布最新数据");
    }

    @Test
    void endsSentencesInScriptsWithTheirOwnStops() {
        assertTrue(BlockScorer.endsLikeSentence("सरकार ने आज नई योजना की घोषणा की।"));
        assertTrue(BlockScorer.endsLikeSentence("هل ستنجح الخطة الجديدة؟"));
        assertTrue(BlockScorer.endsLikeSentence("Powiedział: „Nie zgadzam się.“"));
        assertTrue(BlockScorer.endsLikeSentence("Πότε θα ανοίξει ξανά η γέφυρα\u037e"));
        assertFalse(BlockScorer.endsLikeSentence("सरकार की नई योजना"));
    }
}
