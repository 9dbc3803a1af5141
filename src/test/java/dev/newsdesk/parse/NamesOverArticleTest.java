package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.RejectedFileException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A page that holds an article is not refused because a name meant for chrome covers it (a "share" or "comments"
 * class on the article's wrapper, the page inside an unclosed header); a page with no article still is.
 */
class NamesOverArticleTest {

    private static final String MENU = "<nav><a href=/>Accueil</a> <a href=/monde>Monde</a></nav>";

    @Test
    void readsAnArticleWhoseWrapperIsNamedForSharing() throws RejectedFileException {
        String html = "<html><body>" + MENU + "<div class=share-zone><h1>Le titre</h1>" + paragraphs(FRENCH_PROSE)
                + "</div></body></html>";
        assertTrue(parse(html, "a.html").body().contains("réformer le financement des écoles"));
    }

    @Test
    void keepsAnArticleWhoseWrapperIsNamedForSharingOverOtherProse() throws RejectedFileException {
        String html = "<html><body>" + MENU + "<div class=share-zone><h1>Le titre</h1><div class=text>"
                + paragraphs(FRENCH_PROSE) + "</div></div><div class=about><p>Notre rédaction, fondée il y a vingt ans, publie chaque jour des "
                + "enquêtes et des reportages sur la vie de la région.</p></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("les syndicats estiment"), body);
    }

    @Test
    void readsALiveReportNamedAsComments() throws RejectedFileException {
        StringBuilder html = new StringBuilder("<html><body>" + MENU + "<div class=live-match-comments>");
        for (String p : FRENCH_PROSE.split("\n\n")) {
            html.append("<div class=live-match-comment><span>12'</span><p>").append(p).append("</p></div>");
        }
        html.append("</div></body></html>");
        assertTrue(parse(html.toString(), "a.html").body().contains("les syndicats estiment"));
    }

    @Test
    void readsAPageInsideAnUnclosedHeader() throws RejectedFileException {
        String html = "<html><body><header><a href=/>Home</a><div class=content>" + paragraphs(ENGLISH_PROSE);
        assertTrue(parse(html, "a.html").body().contains("repair of several bridges"));
    }

    @Test
    void stillRefusesAMenuOnlyPageWhateverItsNames() {
        String html = "<html><body><div class=share-zone><ul><li><a href=/a>Politique</a></li>"
                + "<li><a href=/b>Économie</a></li><li><a href=/c>Culture</a></li></ul></div></body></html>";
        assertEquals(Reason.NOT_AN_ARTICLE, refused(html));
    }

    @Test
    void stillRefusesAnImagePage() {
        String html = "<html><body>" + MENU + "<figure><img src=a.jpg><figcaption>Coucher de soleil</figcaption>"
                + "</figure><div class=credits><p>Photo : Marie Martin</p></div></body></html>";
        assertEquals(Reason.NOT_AN_ARTICLE, refused(html));
    }

    @Test
    void neverTakesACommentFormForTheArticle() {
        String html = "<html><body>" + MENU + "<div class=post><p>Une photo.</p></div><div class=comment-respond>"
                + "<h3>Laisser un commentaire</h3><form class=comment-form><p>Saisissez vos coordonnées ci-dessous "
                + "ou cliquez sur une icône pour vous connecter :</p><p>Adresse e-mail (obligatoire, elle ne sera "
                + "jamais rendue publique)</p><textarea name=comment></textarea></form></div></body></html>";
        assertEquals(Reason.NOT_AN_ARTICLE, refused(html));
    }

    private static String paragraphs(String prose) {
        return "<p>" + String.join("</p><p>", prose.split("\n\n")) + "</p>";
    }

    private static Reason refused(String html) {
        return assertThrows(RejectedFileException.class, () -> parse(html, "a.html")).reason();
    }
}
