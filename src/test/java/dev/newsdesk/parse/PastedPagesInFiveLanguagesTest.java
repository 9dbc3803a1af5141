package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.article.ArticleContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News and blog pages in Russian, Greek, Polish, Bulgarian and Chinese (simplified and traditional), copied whole from
 * a browser with one line break between lines: menu, section, headline, byline, story, share bar, "read also" links,
 * comments, newsletter box, cookie notice and legal footer; others with a blank line between lines and chrome
 * inside the story. The body is the story's paragraphs alone. A Chinese dump that is not hard-wrapped has one
 * paragraph a line, as any other: its lines do not run on. Each dump, written for the test, is in
 * {@code src/test/resources/dumps/pasted} beside its story ({@code NAME.story.txt}).
 */
class PastedPagesInFiveLanguagesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = PastedPagesInFiveLanguagesTest.class.getResourceAsStream("/dumps/pasted/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ru-city, Власти города закроют старый рынок на реконструкцию, 2026-11-12",
        "ru-blog, Три дня в горах без машины: как мы добрались до озера пешком, 2026-10-03",
        "el-news, Νέα γραμμή λεωφορείων θα συνδέει τα χωριά του νομού με το νοσοκομείο, 2026-11-15",
        "el-blog, Πώς φτιάχνω το φθινοπωρινό μου ψωμί με κολοκύθα, 2026-10-20",
        "pl-news, Miasto kupi dwadzieścia nowych tramwajów. Pierwsze wyjadą na tory za dwa lata, 2026-11-18",
        "pl-blog, 'Jak przezimować zioła na balkonie, żeby wiosną znowu rosły', 2026-11-02",
        "bg-news, Общината ще ремонтира двайсет училища през лятото, 2026-11-21",
        "bg-blog, Есенен преход до хижата над язовира, 2026-10-09",
        "zh-news, 本市将新建三条地铁线路 预计二〇三〇年通车, 2026-11-22",
        "zh-blog, 冬天的第一锅萝卜排骨汤, 2026-12-01",
        "zht-news, 颱風過境 山區道路今起陸續恢復通行, 2026-10-05",
        // pasted with a blank line between lines, "read also" links, ad labels and credits inside the story
        "ru-mid, Цены на хлеб в области выросли на восемь процентов, 2026-12-05",
        "pl-mid, Schronisko dla zwierząt szuka wolontariuszy na zimę, 2026-12-04",
        "bg-mid, Пощата въвежда доставка на пратки в събота, ",
        "el-mid, Ανοίγει ξανά το μουσείο της πόλης μετά από τρία χρόνια, 2026-12-03",
        "zh-mid, 图书馆延长开放时间 夜间阅览室开到十点, 2026-12-04",
    })
    void readsTheStoryTitleAndDateOfAPastedPage(String name, String title, String date) throws Exception {
        ArticleContent a = ParserTestSupport.PARSER.parse(
                resource(name + ".txt").getBytes(StandardCharsets.UTF_8), name + ".txt");
        assertEquals(resource(name + ".story.txt"), a.body(), name);
        assertEquals(title, a.title(), name);
        assertEquals(date, a.publishedAt(), name);
    }
}
