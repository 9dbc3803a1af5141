package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A writer's name alone on the line under a dump's dateline signs the article; a credit of pictures or a place
 * there does not, nor a name without the dateline over it.
 */
class NameUnderDatelineTest {

    private static final String HEADLINE = "Ремонт набережной начнется в марте\n\n";
    private static final String TEXT = """
            Городские власти объявили о начале ремонта центральной набережной, который продлится до конца лета и \
            затронет движение транспорта в нескольких районах города.

            По словам представителей администрации, работы будут вестись поэтапно, чтобы жители могли пользоваться \
            хотя бы частью пешеходной зоны в течение всего сезона.

            Подрядчик обещает завершить первый участок уже к маю, а остальные участки к августу, если погода не \
            помешает планам строителей.
            """;

    @Test
    void aNameUnderTheDatelineSignsTheArticle() {
        Draft draft = TextDumpReader.read(HEADLINE + "12.03.2024 14:20\nАнна Соколова\n\n" + TEXT);
        assertEquals(List.of("Анна Соколова"), draft.authors());
        assertEquals("2024-03-12", draft.publishedAt());
        assertEquals(List.of("Анна Соколова"), TextDumpReader.read(HEADLINE + "12 марта 2024\n\nАнна Соколова\n\n"
                + TEXT).authors());
    }

    @Test
    void aPictureCreditOrAPlaceUnderTheDatelineSignsNothing() {
        assertEquals(List.of(), TextDumpReader.read(HEADLINE + "12.03.2024 14:20\nФото: Олег Кузнецов\n\n" + TEXT)
                .authors());
        assertEquals(List.of(), TextDumpReader.read("Council votes to rebuild the old pier\n\n12 March 2024\n"
                + "New York\n\n" + TEXT).authors());
        for (String chrome : List.of("Getty Images", "Share Tweet")) {
            assertEquals(List.of(), TextDumpReader.read(HEADLINE + "12.03.2024 14:20\n\n" + chrome + "\n\n" + TEXT)
                    .authors(), chrome);
        }
    }

    @Test
    void aNameWithoutADatelineOverItSignsNothing() {
        assertEquals(List.of(), TextDumpReader.read(HEADLINE + "Городские новости\nАнна Соколова\n\n" + TEXT)
                .authors());
    }
}
