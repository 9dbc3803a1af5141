package dev.newsdesk.parse.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Checks that bytes are well-formed UTF-8 without decoding them: one pass, ASCII at full speed. */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /** True when {@code b} is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
    static boolean isValid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i];
            if (c >= 0) { // ASCII: skip eight bytes at a time while no high bit is set
                i++;
                while (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) i += 8;
                continue;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= n || !cont(b[i + 1])) return false;
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= n || !cont(b[i + 1]) || !cont(b[i + 2])) return false;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F) return false; // overlong, surrogate
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= n || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) return false;
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) return false;
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
