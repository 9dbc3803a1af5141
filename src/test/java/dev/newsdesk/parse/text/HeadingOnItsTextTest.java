package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A heading that ends the article, copied with no blank line under it, still ends it: the text it heads (the
 * comment rules) is the readers' part of the page. A short line that opens a paragraph is not such a heading.
 */
class HeadingOnItsTextTest {

    private static final String STORY = """
            Home
            News
            Sport
            Sign in

            A footbridge opens over the canal

            The bridge took two summers to build and links the market square with the station on the far bank.

            Until now walkers went round by the road bridge, a detour of ten minutes that most of them made twice \
            a day on the way to work and back.

            The council says the deck is built to carry bicycles too, and that lamps along the rail will be lit \
            from the first week of the winter.

            Share:
            Facebook
            Email

            """;

    @Test
    void theCommentRulesUnderACommentsHeadingStayOut() {
        String body = DumpBody.of(STORY + """
                Comments
                House rules: insults, advertising and links to other sites are removed. The editors may delete any \
                message without giving a reason.
                """);
        assertTrue(body.contains("lamps along the rail"), body);
        assertFalse(body.contains("House rules"), body);
    }

    @Test
    void theSameInRussian() {
        String body = DumpBody.of("""
                В городе открыли пешеходный мост через канал

                Мост строили два лета, и теперь он соединяет рыночную площадь с вокзалом на другом берегу.

                Раньше пешеходы шли в обход по автомобильному мосту и теряли на этом по десять минут дважды в день.

                Поделиться:
                ВКонтакте
                Телеграм

                Комментарии
                Правила сайта: оскорбления, реклама и ссылки на другие ресурсы удаляются. Редакция может удалить \
                любое сообщение без объяснения причин.
                """);
        assertTrue(body.contains("дважды в день"), body);
        assertFalse(body.contains("Правила сайта"), body);
    }

    @Test
    void aShortFirstLineOfAParagraphStaysWithIt() {
        String body = DumpBody.of(STORY.replace("Share:\nFacebook\nEmail\n", "") + """
                The mayor would not comment
                on the final bill, which the council will publish with its accounts in the spring, she said.
                """);
        assertTrue(body.contains("on the final bill"), body);
    }
}
