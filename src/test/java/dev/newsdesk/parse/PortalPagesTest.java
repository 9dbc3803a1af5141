package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Modern portal pages in Russian, Greek, Polish, Bulgarian and Chinese, each written for the test: a header menu,
 * the story in a {@code <main>}'s {@code <article>} or a {@code <div class="content">}, a "read also" link amid the
 * story (a boxed link or a "Read also:" paragraph), a photo with caption and credit, share bar, tags, a related-news
 * grid with dates, comments, a newsletter box, a cookie notice and a legal footer. The {@code div-content} pages
 * carry only transliterated class names ({@code chitayte-takzhe}, {@code komentarze}, {@code pinglun}...); none has
 * JSON-LD or meta tags for the text. They are in {@code src/test/resources/pages}.
 */
class PortalPagesTest {

    // the page, its title; the body's first and last words; its date, author and language
    private static final String[][] PAGES = {
        {"/pages/russian-portal-main-article.html", "В Северске открыли новый парк у реки",
            "В пятницу в", "в следующий понедельник.",
            "2021-03-12", "Мария Соколова", "ru"},
        {"/pages/russian-portal-div-content.html", "Учёные нашли в озере редкий вид рыбы",
            "Сотрудники университета во", "до конца года.",
            "2022-04-05", "Алексей Кузнецов", "ru"},
        {"/pages/greek-portal-main-article.html", "Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το νοσοκομείο",
            "Από τη Δευτέρα", "τα νέα ωράρια.",
            "2020-09-14", "Ελένη Παπαδοπούλου", "el"},
        {"/pages/greek-portal-div-content.html", "Αρχαιολόγοι βρήκαν ψηφιδωτό κάτω από παλιό σπίτι",
            "Κατά τη διάρκεια", "το δουν όλοι.",
            "2021-05-03", "Κώστας Δημητρίου", "el"},
        {"/pages/polish-portal-main-article.html", "Nowa biblioteka otwarta w dawnej fabryce",
            "W poniedziałek w", "dziewiątej do dwudziestej.",
            "2019-10-21", "Anna Nowak", "pl"},
        {"/pages/polish-portal-div-content.html", "Rolnicy zebrali rekordowe plony jabłek",
            "Sadownicy z okolic", "najmniej trzy tygodnie.",
            "2020-09-07", "Piotr Wiśniewski", "pl"},
        {"/pages/bulgarian-portal-main-article.html", "Общината ще засади хиляда дървета през есента",
            "Общината обяви, че", "през почивните дни.",
            "2022-09-15", "Мария Георгиева", "bg"},
        {"/pages/bulgarian-portal-div-content.html", "Млад художник подреди изложба в старата баня",
            "Млад художник от", "всяка събота следобед.",
            "2023-03-02", "Николай Димитров", "bg"},
        {"/pages/chinese-portal-main-article.html", "城市新建三座公园 市民周末有了新去处",
            "本周五，市区三座", "设五座社区公园。",
            "2021-06-18", "李华", "zh"},
        {"/pages/chinese-portal-div-content.html", "科研团队培育出耐旱水稻新品种",
            "经过八年的研究，", "到更多干旱地区。",
            "2022-09-08", "陈静", "zh"}};

    @Test
    void readsEachPortalStoryWholeWithItsMetadata() throws Exception {
        for (String[] p : PAGES) {
            ArticleContent a = HandWrittenPagesTest.parse(p[0]);
            assertEquals(p[1], a.title(), p[0]);
            assertTrue(a.body().startsWith(p[2]), p[0] + ": " + a.body());
            assertTrue(a.body().endsWith(p[3]), p[0] + ": " + a.body());
            assertEquals(p[4], a.publishedAt(), p[0]);
            assertEquals(List.of(p[5]), a.authors(), p[0]);
            assertEquals(p[6], a.language(), p[0]);
        }
    }

    @Test
    void leavesTheReadAlsoLinkAndThePhotoCaptionAmidTheStoryOut() throws Exception {
        // five paragraphs each; the link and the caption sit between them
        for (String[] p : PAGES) {
            String body = HandWrittenPagesTest.parse(p[0]).body();
            assertEquals(5, body.split("\n\n").length, p[0] + ": " + body);
        }
        String russian = HandWrittenPagesTest.parse(PAGES[1][0]).body();
        assertFalse(russian.contains("Читайте также"), russian);
        assertFalse(russian.contains("Фото:"), russian);
    }
}
