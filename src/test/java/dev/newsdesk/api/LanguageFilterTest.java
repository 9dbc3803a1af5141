package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code ?language=} lists the articles of any language the parser tells, not only the six it has word lists for. */
@ExtendWith(LocalAws.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageFilterTest {

    /** Key, headline and body of one article per language. */
    private static final Map<String, List<String>> ARTICLES = Map.of(
            "ru", List.of("world/ru.txt", "Совет утвердил бюджет на ремонт мостов",
                    "Городской совет во вторник утвердил новый бюджет, который позволит отремонтировать несколько "
                            + "мостов. Жители требовали этого с прошлой весны, когда вода затопила кварталы у реки."),
            "ja", List.of("world/ja.txt", "市議会が橋の修理予算を承認",
                    "市議会は火曜日、昨年の洪水で壊れた三つの橋を修理するための新しい予算を賛成多数で承認した。"
                            + "市長によると、工事は三月に始まり、年末までに終わる予定だ。"),
            "id", List.of("world/id.txt", "Anggaran baru untuk jembatan kota disetujui",
                    "Pemerintah kota pada hari Selasa menyetujui anggaran baru untuk memperbaiki tiga jembatan yang "
                            + "rusak akibat banjir tahun lalu. Menurut wali kota, pekerjaan akan dimulai pada bulan "
                            + "Maret."),
            "en", List.of("world/en.txt", "Council approves budget to repair bridges",
                    "The city council approved a new budget on Tuesday that will fund the repair of several "
                            + "bridges, a project that residents have been asking for since the floods of last "
                            + "spring."));

    private Pipeline pipeline;

    @BeforeAll
    void publish(LocalAws.Env env) {
        pipeline = new Pipeline(env);
        ARTICLES.values().forEach(a -> pipeline.upload(a.get(0), "Welt\n\n" + a.get(1) + "\n\n" + a.get(2)));
    }

    @Test
    void eachLanguageListsItsOwnArticle() {
        for (var e : ARTICLES.entrySet()) {
            JsonNode articles = pipeline.getJson("/articles?language=" + e.getKey()).get("articles");
            assertEquals(List.of(e.getValue().get(1)), titles(articles), e.getKey());
            assertEquals(e.getKey(), articles.get(0).get("language").asText());
        }
    }

    @Test
    void theCodeIsCaseInsensitiveAndALanguageWithNoArticleListsNone() {
        JsonNode upperCase = pipeline.getJson("/articles?language=RU").get("articles");
        assertEquals(List.of(ARTICLES.get("ru").get(1)), titles(upperCase));
        assertEquals(List.of(), titles(pipeline.getJson("/articles?language=ko").get("articles")));
    }

    private static List<String> titles(JsonNode articles) {
        List<String> out = new ArrayList<>();
        articles.forEach(a -> out.add(a.get("title").asText()));
        return out;
    }
}
