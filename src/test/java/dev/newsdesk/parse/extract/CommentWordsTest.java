package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A wall about readers' comments is told from a box of other stories in each language the parser reads. */
class CommentWordsTest {

    @Test
    void commentHeadingsAreAboutCommentsInEachLanguage() {
        for (String line : new String[]{"Comments (12)", "Kommentare", "Commentaires", "Комментарии (3)",
                "Коментарі (3)", "Komentarze", "Σχόλια", "评论"}) {
            assertTrue(Boilerplate.isAboutComments(line), line);
        }
    }

    @Test
    void aBoxOfOtherStoriesIsNot() {
        for (String line : new String[]{"Read more", "Новини", "Читайте також", "Weitere Artikel"}) {
            assertFalse(Boilerplate.isAboutComments(line), line);
        }
    }
}
