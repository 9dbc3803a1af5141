package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Prose judged by another language's function words (a template's {@code lang="en"} over Russian, or a language we
 * list no words for, Bengali, Hungarian..., read by a few shared short words) reads as no prose at all: when that
 * leaves a page with nothing, it is judged without function words rather than refused.
 */
class UnlistedLanguageTest {

    static final String RUSSIAN = """
            Городской совет во вторник утвердил новый бюджет, который позволит отремонтировать несколько мостов. \
            Жители требовали этого с прошлой весны, когда вода затопила кварталы у реки.

            По словам мэра, работы начнутся в марте и должны завершиться до конца года, хотя некоторые подрядчики \
            предупреждают, что стоимость материалов может ещё вырасти.

            Голосование было напряжённым, и несколько депутатов заявили, что будут внимательно следить за \
            расходами в ближайшие месяцы.""";

    @Test
    void readsProseInALanguageWithoutAFunctionWordList() throws RejectedFileException {
        String html = "<html lang=en><body><nav><a href=/>Home</a></nav><div class=entry-content><p>"
                + String.join("</p><p>", RUSSIAN.split("\n\n")) + "</p></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("отремонтировать несколько мостов"), body);
    }
}
