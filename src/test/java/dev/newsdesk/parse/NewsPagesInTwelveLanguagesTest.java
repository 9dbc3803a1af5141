package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One ordinary news page in Russian, Greek, Ukrainian, Polish, Czech, Italian, Portuguese and Dutch, as a text dump
 * (and, for Russian and Greek, as HTML): menu, teasers, headline, byline, date, reading time, story, picture credit,
 * share bar, "read also" box, comment rules and comments, legal notice. The story is kept whole, the chrome left
 * out, and the byline and date are read, as on an English page. Each page, written for the test, is in
 * {@code src/test/resources/dumps} ({@code *-tower.txt}) and {@code src/test/resources/pages} ({@code *-tower.html}).
 */
class NewsPagesInTwelveLanguagesTest {

    private static ArticleContent parse(String resource) throws IOException, RejectedFileException {
        try (InputStream in = NewsPagesInTwelveLanguagesTest.class.getResourceAsStream(resource)) {
            return ParserTestSupport.PARSER.parse(in.readAllBytes(), resource.substring(resource.lastIndexOf('/') + 1));
        }
    }

    /** The text of {@code resource}. */
    private static String text(String resource) throws IOException {
        try (InputStream in = NewsPagesInTwelveLanguagesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The page {@code resource} reads as the story from {@code story[0]} to {@code story[1]} by {@code story[2]}, dated
     * 12 March 2026, none of the chrome lines {@code story[3..]} in its body.
     */
    private static void assertStory(String resource, String... story) throws Exception {
        ArticleContent a = parse(resource);
        assertTrue(a.body().startsWith(story[0]), resource + ": " + a.body());
        assertTrue(a.body().endsWith(story[1]), resource + ": " + a.body());
        for (String c : Arrays.copyOfRange(story, 3, story.length)) {
            assertFalse(a.body().contains(c), resource + ": " + c + " in " + a.body());
        }
        assertEquals(List.of(story[2]), a.authors(), resource);
        assertEquals("2026-03-12", a.publishedAt(), resource);
    }

    @Test
    void readsRussianAndGreekPagesAsDumpsAndAsHtml() throws Exception {
        String[] russian = {"Городские власти Заречья", "рассказали в администрации.", "Иван Петров",
            "Время чтения", "Фото:", "Жители Заречья выбрали", "Пожалуйста, будьте вежливы", "Давно пора",
            "Все права защищены"};
        String[] greek = {"Ο δήμος ξεκίνησε", "ανέφεραν από τον δήμο.", "Γιώργος Παπαδόπουλος",
            "Χρόνος ανάγνωσης", "Φωτογραφία:", "Οι κάτοικοι επέλεξαν", "Παρακαλούμε να είστε", "Ήταν καιρός",
            "επιφύλαξη"};
        for (String page : new String[] {"/dumps/russian-tower.txt", "/pages/russian-tower.html"}) {
            assertStory(page, russian);
        }
        for (String page : new String[] {"/dumps/greek-tower.txt", "/pages/greek-tower.html"}) assertStory(page, greek);
    }

    @Test
    void readsUkrainianPolishCzechItalianPortugueseAndDutchDumps() throws Exception {
        // the dump, the story's first and last words, its author, then its reading time, picture credit, "read also"
        // teaser, comment rules (the Dutch page also a reader's comment, under a Dutch comment count) and legal notice
        String[][] pages = {
            {"ukrainian-tower.txt", "Міська влада Заріччя", "розповіли в міській раді.", "Іван Петренко",
                "Час читання", "Фото:", "Мешканці Заріччя обрали", "Будь ласка", "Усі права захищені"},
            {"polish-tower.txt", "Władze Nadrzecza", "poinformowali urzędnicy.", "Jan Kowalski",
                "Czas czytania", "Fot.", "Mieszkańcy wybrali", "Prosimy o kulturę", "Wszelkie prawa"},
            {"czech-tower.txt", "Vedení Zářečí", "uvedli úředníci.", "Jan Novák",
                "Doba čtení", "Foto:", "Obyvatelé vybrali", "Prosíme o slušné", "Všechna práva"},
            {"italian-tower.txt", "Il comune di Borgofiume", "hanno spiegato dal comune.", "Marco Rossi",
                "Tempo di lettura", "Foto:", "Gli abitanti hanno scelto", "Vi chiediamo", "Tutti i diritti"},
            {"portuguese-tower.txt", "A câmara municipal de Vilarrio", "explicou a autarquia.", "João Silva",
                "Tempo de leitura", "Foto:", "Moradores escolhem", "Seja educado", "Todos os direitos"},
            {"dutch-tower.txt", "De gemeente Rivierstad", "aldus de gemeente.", "Jan de Vries",
                "Leestijd", "Foto:", "Bewoners kiezen", "Wees beleefd", "Mooi dat de toren", "Alle rechten"}};
        for (String[] p : pages) {
            assertStory("/dumps/" + p[0], Arrays.copyOfRange(p, 1, p.length));
        }
    }

    /**
     * The page {@code resource} with the site's {@code line} (a pitch, a cookie notice) set under the story's last
     * paragraph, above the picture's credit {@code credit}: the story still ends at {@code last}.
     */
    private static void assertLeftOutUnderStory(String resource, String credit, String line, String last)
            throws Exception {
        String body = ParserTestSupport.parse(text(resource).replace(credit, line + "\n\n" + credit), "page.txt").body();
        assertTrue(body.endsWith(last), resource + ": " + body);
    }

    @Test
    void leavesOutTheSitesPitchUnderAUkrainianCzechOrGreekStory() throws Exception {
        assertLeftOutUnderStory("/dumps/ukrainian-tower.txt", "Фото: Іван Петренко",
                "Підписуйтесь на наш канал у Telegram, щоб не пропустити головні новини міста.",
                "розповіли в міській раді.");
        assertLeftOutUnderStory("/dumps/czech-tower.txt", "Foto: Jan Novák",
                "Sledujte nás na sociálních sítích a přihlaste se k odběru našeho newsletteru, ať vám nic neuteče.",
                "uvedli úředníci.");
        assertLeftOutUnderStory("/dumps/greek-tower.txt", "Φωτογραφία: Γιώργος Παπαδόπουλος",
                "Ακολουθήστε μας στο Facebook και εγγραφείτε στο ενημερωτικό μας δελτίο για να μη χάνετε καμία είδηση.",
                "ανέφεραν από τον δήμο.");
    }

    @Test
    void readsADateInNumbersDayFirstOnAPageNotInEnglishAndACzechDateSpaced() throws Exception {
        // the dump, its date line, the same date in numbers (12 March, though 12/03 could be 3 December in English)
        String[][] pages = {
            {"/dumps/greek-tower.txt", "12 Μαρτίου 2026, 14:30", "12/03/2026 - 14:30"},
            {"/dumps/italian-tower.txt", "12 marzo 2026, 14:30", "12/03/2026 ore 14:30"},
            {"/dumps/portuguese-tower.txt", "12 de março de 2026, 14:30", "Publicado em 12/03/2026 às 14:30"},
            {"/dumps/dutch-tower.txt", "12 maart 2026, 14:30", "12-03-2026 14:30"},
            // dots with a space after them, as Czech writes dates
            {"/dumps/czech-tower.txt", "12. března 2026, 14:30", "12. 3. 2026 14:30"}};
        for (String[] p : pages) {
            assertEquals("2026-03-12", ParserTestSupport.parse(text(p[0]).replace(p[1], p[2]), "page.txt").publishedAt(),
                    p[0]);
        }
    }

    @Test
    void readsADateInNumbersUnderTheBylineBelowAStandfirst() throws Exception {
        // the dump, its byline, its date line, a standfirst set over the byline (so that byline and date are the
        // article's header inside its text, not above it), the date in numbers (day first, not being English)
        String[][] pages = {
            {"/dumps/greek-tower.txt", "Συντάκτης: Γιώργος Παπαδόπουλος", "12 Μαρτίου 2026, 14:30",
                "Το ιστορικό κτίριο θα ανοίξει ξανά για το κοινό μετά από δεκαετίες, με δωρεάν είσοδο τα Σαββατοκύριακα.",
                "12/03/2026 - 14:30"},
            {"/dumps/italian-tower.txt", "di Marco Rossi", "12 marzo 2026, 14:30",
                "L'edificio storico riaprirà al pubblico dopo decenni, con ingresso gratuito nei fine settimana.",
                "12/03/2026 ore 14:30"}};
        for (String[] p : pages) {
            String dump = text(p[0]).replace(p[1], p[3] + "\n\n" + p[1]).replace(p[2], p[4]);
            assertEquals("2026-03-12", ParserTestSupport.parse(dump, "page.txt").publishedAt(), p[0]);
        }
    }

    @Test
    void readsAGreekBylineInTheGenitiveAsPrinted() throws Exception {
        // "Του"/"Της" (the genitive's article) is the Greek "By": the name after it is read as the page prints it
        String[][] bylines = {{"Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"}, {"Της Μαρίας Ιωάννου", "Μαρίας Ιωάννου"}};
        for (String[] b : bylines) {
            for (String page : new String[] {"/dumps/greek-tower.txt", "/pages/greek-tower.html"}) {
                ArticleContent a = ParserTestSupport.parse(text(page).replace("Συντάκτης: Γιώργος Παπαδόπουλος", b[0]),
                        page.substring(page.lastIndexOf('/') + 1));
                assertEquals(List.of(b[1]), a.authors(), page);
                assertFalse(a.body().contains(b[0]), page + ": " + a.body());
            }
        }
    }

    @Test
    void aRelatedNewsHeadingEndsTheStoryInEachLanguage() throws Exception {
        // the dump, its "read also" heading and teaser, the teasers of a box of other news written as sentences
        // (which would pass for the story's paragraphs), then the box's headings in the page's language
        String[][] pages = {
            {"italian-tower.txt", "Leggi anche:", "Gli abitanti hanno scelto il progetto del nuovo parco",
                "Gli abitanti hanno scelto il progetto del nuovo parco. Il voto è durato due settimane e vi hanno "
                    + "partecipato migliaia di persone.\n\nSul lungofiume arriva una nuova pista ciclabile. Sarà aperta "
                    + "a fine maggio, ha spiegato il comune.",
                "Notizie correlate", "Altre notizie", "Ultime notizie"},
            {"portuguese-tower.txt", "Leia também:", "Moradores escolhem projeto do novo parque",
                "Moradores escolhem projeto do novo parque. A votação durou duas semanas e contou com milhares de "
                    + "pessoas.\n\nA marginal vai ganhar uma nova ciclovia. Abre no fim de maio, explicou a autarquia.",
                "Outras notícias", "Últimas notícias"},
            {"dutch-tower.txt", "Lees ook:", "Bewoners kiezen ontwerp voor nieuw park",
                "Bewoners kiezen ontwerp voor nieuw park. De stemming duurde twee weken en duizenden mensen deden "
                    + "mee.\n\nAan de kade komt een nieuw fietspad. Het gaat eind mei open, aldus de gemeente.",
                "Meer nieuws", "Laatste nieuws"}};
        for (String[] p : pages) {
            for (String heading : Arrays.copyOfRange(p, 4, p.length)) {
                String dump = text("/dumps/" + p[0]).replace(p[2], p[3]).replace(p[1], heading);
                String body = ParserTestSupport.parse(dump, "page.txt").body();
                String lastTeaser = p[3].substring(p[3].lastIndexOf('\n') + 1);
                assertFalse(body.contains(lastTeaser), p[0] + ", " + heading + ": " + body);
            }
        }
    }

    @Test
    void leavesOutAnItalianCookieNoticeUnderTheStory() throws Exception {
        assertLeftOutUnderStory("/dumps/italian-tower.txt", "Foto: Marco Rossi",
                "Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza di navigazione.",
                "hanno spiegato dal comune.");
    }

    /**
     * The page {@code resource} with its byline {@code byline} taken out and its picture's credit {@code credit}
     * replaced by a news agency's credit {@code wire}: the agency is the author, as "Source: Reuters" is, and the credit
     * is left out of the body.
     */
    private static void assertWireAuthor(String resource, String byline, String credit, String wire, String agency)
            throws Exception {
        ArticleContent a = ParserTestSupport.parse(text(resource).replace(byline, "").replace(credit, wire), "page.html");
        assertEquals(List.of(agency), a.authors(), resource);
        assertFalse(a.body().contains(agency), resource + ": the credit in " + a.body());
    }

    @Test
    void namesTheAgencyARussianOrGreekStoryCredits() throws Exception {
        assertWireAuthor("/pages/russian-tower.html", "<p>Автор: Иван Петров</p>",
                "<p class=\"credit\">Фото: Иван Петров</p>", "<p>Источник: ТАСС</p>", "ТАСС");
        assertWireAuthor("/pages/greek-tower.html", "<p>Συντάκτης: Γιώργος Παπαδόπουλος</p>",
                "<p class=\"credit\">Φωτογραφία: Γιώργος Παπαδόπουλος</p>", "<p>Πηγή: ΑΠΕ-ΜΠΕ</p>", "ΑΠΕ-ΜΠΕ");
    }
}
