package dev.newsdesk.parse.meta;

import java.util.ArrayDeque;

/**
 * The states of langid's feature automaton, found from a text's last bytes. The automaton's state after a byte is
 * the longest suffix of the text read so far that begins some feature (its n-grams are at most four bytes), so it
 * can be looked up by those bytes in a small hash table instead of read from the transition table: that table holds
 * 256 entries a state (4.6 MB), and each step's read waited on the one before, a cache miss a byte on a page whose
 * parse had evicted it. Lookups of successive bytes do not wait on each other, and the table fits in a cache.
 */
final class SuffixStates {

    /** The automaton's n-grams are at most this long: four bytes fit in the int a caller keeps of the last bytes. */
    static final int MAX_DEPTH = 4;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int STATE_BITS = 24;

    /**
     * Open addressing: each slot holds {@code key << STATE_BITS | state}, 0 when empty, where a key is a state's
     * bytes after a leading 1 (so that "a" and "\0a" differ).
     */
    private final long[] slots;
    private final int shift;
    /** How many bytes from the start each state is: the length of the suffix it stands for. */
    private final byte[] depths;

    private SuffixStates(long[] slots, byte[] depths) {
        this.slots = slots;
        this.shift = 64 - Integer.numberOfTrailingZeros(slots.length);
        this.depths = depths;
    }

    /**
     * The states of the automaton whose transitions are {@code next[state << 8 | byte]}, state 0 the start, each
     * keyed by the bytes that lead to it from the start (breadth first, so by its shortest path: its suffix).
     */
    static SuffixStates of(short[] next) {
        int states = next.length >> 8;
        if (states >= 1 << STATE_BITS) throw new IllegalStateException("too many states: " + states);
        long[] keys = new long[states];
        byte[] depth = new byte[states];
        boolean[] seen = new boolean[states];
        seen[0] = true;
        keys[0] = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        long[] slots = new long[Integer.highestOneBit(Math.max(2, states) * 2 - 1)];
        SuffixStates table = new SuffixStates(slots, depth);
        while (!queue.isEmpty()) {
            int from = queue.poll();
            for (int b = 0; b < 256; b++) {
                int to = next[from << 8 | b] & 0xFFFF;
                if (seen[to]) continue;
                seen[to] = true;
                depth[to] = (byte) (depth[from] + 1);
                if (depth[to] > MAX_DEPTH) throw new IllegalStateException("an n-gram longer than " + MAX_DEPTH);
                keys[to] = keys[from] << 8 | b;
                table.put(keys[to], to);
                queue.add(to);
            }
        }
        return table;
    }

    private void put(long key, int state) {
        int mask = slots.length - 1;
        int at = (int) (key * GOLDEN >>> shift);
        while (slots[at] != 0) at = at + 1 & mask;
        slots[at] = key << STATE_BITS | state;
    }

    /**
     * The state after a text whose last bytes are {@code lastBytes} (the latest in the low byte) when the state
     * before its last byte was at {@code depth} bytes from the start: a state is at most one byte deeper than the
     * one before it, so no suffix longer than {@code depth + 1} needs looking up.
     */
    int after(int lastBytes, int depth) {
        for (int length = Math.min(depth + 1, MAX_DEPTH); length > 0; length--) {
            int state = find(1L << 8 * length | lastBytes & (1L << 8 * length) - 1);
            if (state > 0) return state;
        }
        return 0;
    }

    /** How many bytes from the start {@code state} is. */
    int depth(int state) {
        return depths[state];
    }

    private int find(long key) {
        int mask = slots.length - 1;
        for (int at = (int) (key * GOLDEN >>> shift); ; at = at + 1 & mask) {
            long slot = slots[at];
            if (slot == 0) return 0;
            if (slot >>> STATE_BITS == key) return (int) (slot & (1 << STATE_BITS) - 1);
        }
    }
}
