package dev.newsdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final String SORT_KEY = "2026-11-29T00:58:18Z#avec-le-soutien";

    @Test
    void roundTripsWithinItsList() {
        assertEquals(SORT_KEY, Cursor.decode(Cursor.encode("section:sport", SORT_KEY), "section:sport"));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String cursor = Cursor.encode("section:sport", SORT_KEY);
        assertThrows(InvalidCursorException.class, () -> Cursor.decode(cursor, "all"));
    }

    @Test
    void aForgedCursorCannotNameAnotherPartitionOrKind() {
        for (String forged : new String[] {"all\nUPLOAD#bucket/key", "all\n#", "all\n2026-11-29T00:58:18Z#x\n#y",
                "all", "all\n2026-11-29T00:58:18Z#Avec"}) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(forged.getBytes(StandardCharsets.UTF_8));
            assertThrows(InvalidCursorException.class, () -> Cursor.decode(cursor, "all"), forged);
        }
    }

    @Test
    void garbageIsRefused() {
        assertThrows(InvalidCursorException.class, () -> Cursor.decode("%%%not base64%%%", "all"));
        assertThrows(InvalidCursorException.class, () -> Cursor.decode("", "all"));
    }
}
