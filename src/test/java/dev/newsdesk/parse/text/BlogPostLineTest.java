package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.Draft;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blog's post line, its date running on into the byline, dates and signs a dump; "by" before no name signs none,
 * and the article gets no CMS account's name ("Admin"), as a web page's does not.
 */
class BlogPostLineTest {

    private static final String MENU = "Home\nRecipes\nGarden\n\nTomatoes on a small balcony\n";
    private static final String TEXT = """

            Growing tomatoes on a balcony takes less room than most people think, and a single pot can feed a \
            family all summer.

            Pick a sunny corner, a deep pot and a variety bred for containers, then water the soil every morning \
            before work.

            By August the plants will hang heavy with fruit, and the neighbours will start asking for seedlings.
            """;

    @Test
    void thePostLineUnderTheHeadlineDatesAndSignsTheDump() {
        for (String line : List.of("Posted on March 4, 2024 by Jane Doe", "Published on 4 March 2024 by Jane Doe",
                "March 4, 2024 by Jane Doe")) {
            Draft draft = TextDumpReader.read(MENU + line + "\n" + TEXT);
            assertEquals(List.of("Jane Doe"), draft.authors(), line);
            assertEquals("2024-03-04", draft.publishedAt(), line);
        }
    }

    @Test
    void byBeforeWhatIsNoNameSignsNothing() {
        for (String line : List.of("March 4, 2024 by the river", "Posted on March 4, 2024 by admin")) {
            Draft draft = TextDumpReader.read(MENU + line + "\n" + TEXT);
            assertEquals(List.of(), draft.authors(), line);
            assertEquals("2024-03-04", draft.publishedAt(), line);
        }
    }

    @Test
    void aCmsAccountSignsNoArticle() throws Exception {
        String dump = MENU + "Posted on March 4, 2024 by Admin\n" + TEXT;
        assertEquals(List.of("Admin"), TextDumpReader.read(dump).authors(), "read as the byline gives it");
        assertEquals(List.of(), new ArticleParser().parse(dump.getBytes(StandardCharsets.UTF_8), "a.txt").authors());
    }
}
