package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The last headlines of a list of other stories set right above an article are not its opening; a story's own short
 * first paragraph is.
 */
class OpeningTeasersTest {

    private static final String HEADLINES = """
            Home

            News

            Harbour crane operators vote to strike over night shifts

            Fire crews called to a barn blaze near the old mill

            Rents in the city centre are rising again. These charts show where.

            Cyclists get a new bridge across the motorway

            """;

    private static final String STORY = """
            SPRINGFIELD — The county orchestra played its first concert in the restored town hall on Saturday, \
            three years after a storm tore part of the roof away and left the old concert room open to the rain.

            "We waited a long time for this evening," the conductor said after the last piece, as the audience \
            stood and applauded the players and the builders who had worked on the hall through two winters.

            The restoration cost more than the county had planned, because the carpenters found rot in the beams \
            of the gallery and had to replace most of them with oak from a forest in the north of the county.

            The orchestra will play in the hall once a month until the summer, and the county hopes to let the \
            concert room to choirs and schools on the other evenings to pay for some of the work.
            """;

    @Test
    void otherStoriesHeadlinesAboveTheStoryGo() {
        String body = DumpBody.of(HEADLINES + STORY);
        assertTrue(body.startsWith("SPRINGFIELD"), body);
        assertFalse(body.contains("These charts show"), body);
    }

    @Test
    void theStorysOwnShortOpeningStays() {
        String body = DumpBody.of(HEADLINES + """
                The orchestra is back in the town hall. Its concert room is open again.

                """ + STORY);
        assertTrue(body.startsWith("The orchestra is back in the town hall."), body);
    }

    /**
     * A line over the teasers that names no one dates or credits the page's list, not a story: a bare timestamp, an
     * update line, a byline of no one (a staff credit).
     */
    @ParameterizedTest
    @ValueSource(strings = {"8 December 2026 09:12", "Updated 8 December 2026, 09:12 GMT: Latest news",
            "By Staff Reporter | 8 Dec 2026"})
    void otherStoriesHeadlinesUnderALineNamingNoOneGo(String line) {
        String body = DumpBody.of(HEADLINES.replace("Rents in", line + "\n\nRents in") + STORY);
        assertTrue(body.startsWith("SPRINGFIELD"), body);
        assertFalse(body.contains("These charts show"), body);
    }

    /**
     * Under a byline, a story's opening paragraphs of few words (a language without articles says much in fifteen)
     * stay, though they share no word with the paragraphs under them.
     */
    @Test
    void aUkrainianStoryKeepsItsShortOpeningParagraphs() {
        String dump = """
                Головна

                Новини

                Економіка

                Спорт

                Місто закриває старий міст на ремонт

                5 грудня 2026 | Автор: Ірина Мельник

                Інженери знайшли глибокі тріщини в опорах одразу після весняної повені минулого року.

                Роботи триватимуть щонайменше пів року. Водіям радять об'їзд північною дорогою через село.

                Міська рада виділила на відновлення конструкції понад двісті мільйонів гривень, повідомили у пресслужбі виконкому в понеділок.

                За словами підрядника, бригади працюватимуть цілодобово, а перші результати мешканці побачать уже навесні, коли завершиться заміна балок.

                Громадські активісти вимагають оприлюднити кошторис і звіт технічної експертизи, щоб кожен міг перевірити витрати бюджету.

                Поділитися: Facebook Telegram Viber

                Читайте також

                Мер пообіцяв нові автобуси для околиць

                © 2026 Міські новини. Усі права захищені.
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("Інженери знайшли глибокі тріщини"), body);
        assertTrue(body.contains("Водіям радять об'їзд північною дорогою через село."), body);
    }
}
