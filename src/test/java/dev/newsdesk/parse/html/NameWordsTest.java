package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words found by a run of a longer string, alone or two runs joined, without building either. */
class NameWordsTest {

    private static final NameWords TABLE = new NameWords(Map.of("share", 1, "related", 2, "relatedposts", 4));

    private static int hash(String s, int from, int to, int start) {
        int h = start;
        for (int i = from; i < to; i++) h = NameWords.extend(h, s.charAt(i));
        return h;
    }

    @Test
    void findsAWordInsideALongerString() {
        String s = "post-share-bar";
        assertEquals(1, TABLE.flags(s, 5, 10, hash(s, 5, 10, 0)));
        assertEquals(0, TABLE.flags(s, 0, 4, hash(s, 0, 4, 0)));
        assertEquals(0, TABLE.flags(s, 5, 9, hash(s, 5, 9, 0)));
    }

    @Test
    void findsTwoRunsJoinedAsOneWord() {
        String s = "related-posts";
        int related = hash(s, 0, 7, 0);
        assertEquals(2, TABLE.flags(s, 0, 7, related));
        assertEquals(4, TABLE.flags(s, 0, 7, 8, 13, hash(s, 8, 13, related)));
        assertEquals(0, TABLE.flags(s, 0, 7, 8, 12, hash(s, 8, 12, related)));
    }

    @Test
    void knowsItsLongestWord() {
        assertEquals(12, TABLE.maxLength());
    }
}
