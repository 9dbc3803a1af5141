package dev.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A cursor is the position in one list, bound to that list: a hand-made one cannot name another partition, another
 * item kind or another list. (The partition a Query reads always comes from the request's filters, never from the
 * cursor.)
 */
class CursorForgeryTest {

    private static String forge(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorDecodesOnlyForTheListThatHandedItOut() {
        String cursor = Cursor.encode("section:sport", "2026-11-29T10:00:00Z#victoire-en-finale");
        assertEquals("2026-11-29T10:00:00Z#victoire-en-finale", Cursor.decode(cursor, "section:sport"));
        assertThrows(InvalidCursorException.class, () -> Cursor.decode(cursor, "all"));
        assertThrows(InvalidCursorException.class, () -> Cursor.decode(cursor, "section:politique"));
    }

    @Test
    void aHandMadeCursorThatNamesAnotherItemKindIsRefused() {
        for (String sortKey : new String[]{"#", "ARTICLE#le-senat-adopte-le-budget", "UPLOAD#bucket/key",
                "TOTAL", "2026-11-29T10:00:00Z#x\u0000", "2026-11-29T10:00:00Z#../../x", "2026-11-29T10:00:00Z#A",
                "2026-11-29T10:00:00Z#" + "a".repeat(121), ""}) {
            assertThrows(InvalidCursorException.class, () -> Cursor.decode(forge("all\n" + sortKey), "all"), sortKey);
        }
    }

    @Test
    void aHandMadeCursorForAnotherPartitionIsRefused() {
        String valid = "2026-11-29T10:00:00Z#victoire-en-finale";
        for (String facet : new String[]{"LIST#all", "ARTICLE#x", "FAILURES", "UPLOAD#b/k", "section:sport", ""}) {
            assertThrows(InvalidCursorException.class, () -> Cursor.decode(forge(facet + "\n" + valid), "all"), facet);
        }
        assertThrows(InvalidCursorException.class, () -> Cursor.decode("not base64 !", "all"));
        assertThrows(InvalidCursorException.class, () -> Cursor.decode(forge(valid), "all"), "no facet at all");
    }
}
