package dev.newsdesk.parse.html;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A set of lower-case ASCII names (tag names, attribute names), found from a page's bytes in any case without
 * making a string: a page has thousands of tags and attributes and few distinct names. Each is returned as one
 * shared, interned string, whose hash is computed once, so the look-ups that follow are cheap too.
 */
final class AsciiNames {

    private final String[] names;
    private final byte[][] bytes;

    private AsciiNames(Collection<String> vocabulary) {
        int slots = Integer.highestOneBit(Math.max(8, vocabulary.size() * 4)); // a power of two, twice or more
        names = new String[slots];
        bytes = new byte[slots][];
        for (String name : vocabulary) {
            int slot = hash(name) & (slots - 1);
            while (names[slot] != null && !names[slot].equals(name)) slot = (slot + 1) & (slots - 1);
            // interned: the same instance as the literals the reader compares tag names with
            names[slot] = name.intern();
            bytes[slot] = name.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The set of {@code vocabulary}, lower-case ASCII names. */
    static AsciiNames of(Collection<String> vocabulary) {
        return new AsciiNames(vocabulary);
    }

    /** The name spelled by {@code src[start, end)} in lower case, or null when it is not one of the set. */
    String find(byte[] src, int start, int end) {
        int h = 0;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            int c = src[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                upper = true;
            } else if (c < 0) {
                return null; // not ASCII: not one of ours
            }
            h = 31 * h + c;
        }
        int mask = names.length - 1;
        for (int slot = mix(h) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (spells(bytes[slot], src, start, end, upper)) return names[slot];
        }
        return null;
    }

    /** Names are a few letters: a plain loop beats {@link java.util.Arrays#equals}'s set-up. */
    private static boolean spells(byte[] name, byte[] src, int start, int end, boolean upper) {
        if (name.length != end - start) return false;
        for (int i = 0; i < name.length; i++) {
            int c = src[start + i];
            if (upper && c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != name[i]) return false;
        }
        return true;
    }

    private static int hash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) h = 31 * h + name.charAt(i);
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
