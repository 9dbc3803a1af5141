package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Related;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Text dumps in Russian, Polish, Greek and Chinese (and Ukrainian, Czech, Dutch): the comment thread under the article, its "read also" teaser
 * lines, share bar, "most read" list and copyright line stay out of the body, as they do in English; judged by their
 * own function words, a footer's line of section names is no prose either; a Croatian comment count ends the article
 * too, and a Chinese share bar is chrome. A "see also" box inside a story does not end it. Each dump, a news page
 * written for the test, is in {@code src/test/resources/dumps}.
 */
class WallsInOtherScriptsTest {

    private static ArticleContent parse(String name) throws IOException, RejectedFileException {
        try (InputStream in = WallsInOtherScriptsTest.class.getResourceAsStream("/dumps/" + name)) {
            return ParserTestSupport.PARSER.parse(in.readAllBytes(), name);
        }
    }

    /** The story of {@code name} ends at {@code last}; its comment and "read also" teaser are not in it. */
    private static void assertStoryWithoutComments(String name, String first, String last, String comment,
                                                   String teaser) throws Exception {
        ArticleContent a = parse(name);
        assertTrue(a.body().startsWith(first), a.body());
        assertTrue(a.body().endsWith(last), a.body());
        assertFalse(a.body().contains(comment), a.body());
        assertFalse(a.body().contains(teaser), a.body());
        assertTrue(a.related().stream().map(Related::title).anyMatch(teaser::equals), a.related().toString());
    }

    @Test
    void endsARussianStoryAtItsCommentThread() throws Exception {
        assertStoryWithoutComments("russian-comments.txt", "Городской совет в среду вечером",
                "когда станут известны итоги первого полугодия.", "Посмотрим, сколько из этих денег",
                "Мэр пообещал отремонтировать мосты до конца лета");
    }

    @Test
    void endsAPolishStoryAtItsCommentThread() throws Exception {
        assertStoryWithoutComments("polish-comments.txt", "Rada miasta w środę wieczorem",
                "gdy znane będą wyniki pierwszego półrocza.", "Zobaczymy, ile z tych pieniędzy",
                "Prezydent obiecał wyremontować mosty do końca lata");
    }

    @Test
    void endsAGreekStoryAtItsCommentThread() throws Exception {
        assertStoryWithoutComments("greek-comments.txt", "Το δημοτικό συμβούλιο ενέκρινε",
                "τα αποτελέσματα του πρώτου εξαμήνου.", "Θα δούμε πόσα από αυτά τα χρήματα",
                "Ο δήμαρχος υποσχέθηκε να επισκευάσει τις γέφυρες ως το τέλος του καλοκαιριού");
    }

    /**
     * The story of {@code name} runs from {@code first} to {@code last}: judged by its language's function words, the
     * footer's one long line of section names is no prose, so the story stops at its share bar instead of reaching
     * the comment rules ({@code rules}) set under the footer.
     */
    private static void assertStoryWithoutFooter(String name, String first, String last, String sections, String rules)
            throws Exception {
        String body = parse(name).body();
        assertTrue(body.startsWith(first), body);
        assertTrue(body.endsWith(last), body);
        assertFalse(body.contains(sections), body);
        assertFalse(body.contains(rules), body);
    }

    @Test
    void aFootersSectionListIsNoProseInRussianGreekPolishUkrainianCzechAndDutch() throws Exception {
        // the dump, the story's first and last words, a stretch of the footer's sections, the comment rules' opening
        String[][] pages = {
            {"russian-page.txt", "Городская дума во вторник", "опубликовать смету на сайте города.", "Недвижимость Туризм",
                "Правила комментирования"},
            {"greek-page.txt", "Το δημοτικό συμβούλιο ενέκρινε", "στην ιστοσελίδα του δήμου.", "Αυτοκίνητο Ταξίδια",
                "Οι απόψεις των αναγνωστών"},
            {"polish-page.txt", "Rada miasta we wtorek", "na stronie internetowej miasta.", "Motoryzacja Podróże",
                "Regulamin komentarzy"},
            {"ukrainian-page.txt", "Міська рада у вівторок", "опублікувати кошторис на сайті міста.", "Авто Подорожі",
                "Правила коментування"},
            {"czech-page.txt", "Zastupitelstvo města v úterý", "na internetových stránkách města.", "Auto Cestování",
                "Pravidla diskuse"},
            {"dutch-page.txt", "De gemeenteraad heeft dinsdag", "op de website van de stad te zetten.", "Auto Reizen",
                "Reactieregels"}};
        for (String[] p : pages) assertStoryWithoutFooter(p[0], p[1], p[2], p[3], p[4]);
    }

    @Test
    void endsAChineseStoryAtItsCommentThread() throws Exception {
        assertStoryWithoutComments("chinese-comments.txt", "市议会周三晚间通过了明年的预算",
                "再讨论图书馆的资金问题。", "看看这些钱到底有多少", "市长承诺在夏季结束前修好桥梁");
    }

    @Test
    void endsACroatianStoryAtItsCommentCount() throws Exception {
        ArticleContent a = parse("croatian-comments.txt");
        assertTrue(a.body().startsWith("Gradsko vijeće u srijedu"), a.body());
        assertTrue(a.body().endsWith("trebalo dogoditi već idući tjedan."), a.body());
    }

    @Test
    void dropsAChineseShareBarWrittenWithAFullWidthColon() throws Exception {
        String page = "<html><head><title>山区小学迎来第一批志愿教师</title></head><body><div class=content>"
                + "<h1>山区小学迎来第一批志愿教师</h1>"
                + "<p>今年秋季开学，偏远山区的一所小学迎来了第一批志愿教师，他们来自全国各地的师范院校。</p>"
                + "<p>学校校长介绍说，过去几年学校一直缺少英语和音乐老师，很多课程只能由其他老师代上。</p>"
                + "<p>据了解，当地教育部门还将为志愿教师提供住宿和生活补贴，并计划明年扩大招募规模。</p>"
                + "<p>分享到：</p><p>微博</p><p>微信</p></div></body></html>";
        ArticleContent a = ParserTestSupport.parse(page, "page.html");
        assertTrue(a.body().endsWith("并计划明年扩大招募规模。"), a.body());
    }

    @Test
    void readsAPolishStoryOnPastItsSeeAlsoBoxAndAdvertisement() throws Exception {
        ArticleContent a = parse("polish-see-also.txt");
        assertEquals("Powódź na południu. Wojewoda ogłosił alarm w trzech powiatach", a.title());
        assertTrue(a.body().startsWith("Wysoka woda zalała w nocy"), a.body());
        assertTrue(a.body().endsWith("gdzie przygotowano dla nich noclegi."), a.body());
        assertFalse(a.body().contains("Fot. Jan Kowalski"), a.body());
        assertFalse(a.body().contains("REKLAMA"), a.body());
        assertFalse(a.body().contains("Wypadek na autostradzie"), a.body());
    }
}
