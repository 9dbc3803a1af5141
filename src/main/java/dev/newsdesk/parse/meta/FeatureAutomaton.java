package dev.newsdesk.parse.meta;

import java.util.Arrays;

/**
 * The language model's feature finder (an Aho-Corasick machine over byte 1- to 4-grams) kept as its trie and failure
 * links, ~130 KB. langid-java stores it as a dense table, a row of 256 next states for each of its 9,118 states
 * (4.7 MB): every byte read was a cache miss in a table the rest of the parse had evicted, while the trie, read far
 * less widely, stays in cache. It answers exactly as the dense table (FeatureAutomatonTest checks every state and
 * byte).
 *
 * <p>States are numbered breadth first with each state's children consecutive and in byte order, so a child is
 * found by scanning its parent's few labels, and a state's number is the index of its label.
 */
final class FeatureAutomaton {

    // The fields of a state's long (see node): a state number takes 16 bits, a count 8.
    private static final int CHILDREN = 16;
    private static final int FEATURE_COUNT = 24;
    private static final int FAIL = 32;
    private static final int FEATURES_AT = 48;
    private static final int MASK = 0xFFFF;
    private static final int COUNT_MASK = 0xFF;

    /** The root's next state for each byte: nearly every byte's search ends there, so it is a dense row. */
    private final short[] rootNext = new short[256];
    /** The byte that leads to each state from its parent. */
    private final byte[] label;
    /**
     * Each state packed in one long: its first child, its number of children and of features it completes, the
     * state of its longest proper suffix (the failure link) and where its features start in {@link #features}.
     */
    private final long[] node;
    /** The features each state completes, in the order langid-java counts them, state after state. */
    private final short[] features;

    private FeatureAutomaton(byte[] label, long[] node, short[] features) {
        this.label = label;
        this.node = node;
        this.features = features;
    }

    /**
     * The machine of the dense table {@code next} (the state after a byte at {@code state << 8 | byte}) whose states
     * complete {@code completed} (null where none).
     */
    static FeatureAutomaton of(short[] next, int[][] completed) {
        int states = next.length >>> 8;
        if (states > MASK) throw new IllegalArgumentException("too many states for 16-bit numbers: " + states);
        // Breadth first from the root, each state's children in byte order, so that they get consecutive numbers.
        // A state's row differs from its failure link's only at its children (elsewhere the machine falls back to
        // the link), so comparing the two rows finds them, in far fewer steps than reading every entry.
        short[] rootless = new short[256];
        int[] number = new int[states];
        Arrays.fill(number, -1);
        int[] byNumber = new int[states];
        int[] fail = new int[states];
        byte[] label = new byte[states];
        long[] node = new long[states];
        number[0] = 0;
        int size = 1;
        for (int head = 0; head < size; head++) {
            int row = byNumber[head] << 8;
            // the root's children are where its row leaves the root
            short[] failRows = head == 0 ? rootless : next;
            int failRow = head == 0 ? 0 : byNumber[fail[head]] << 8;
            int first = size;
            for (int b = 0; b < 256; b++) {
                int differs = Arrays.mismatch(next, row + b, row + 256, failRows, failRow + b, failRow + 256);
                if (differs < 0) break;
                b += differs;
                int t = next[row | b] & 0xFFFF;
                if (number[t] >= 0) throw new IllegalArgumentException("not an Aho-Corasick machine: state " + t);
                number[t] = size;
                byNumber[size] = t;
                label[size] = (byte) b;
                // the longest proper suffix: the root's children have none, a deeper state's is its parent's
                // suffix followed by the byte
                fail[size] = head == 0 ? 0 : number[next[failRow | b] & 0xFFFF];
                size++;
            }
            if (size - first > COUNT_MASK) throw new IllegalArgumentException("a state with 256 children");
            node[head] = first | (long) (size - first) << CHILDREN | (long) fail[head] << FAIL;
        }
        if (size != states) throw new IllegalArgumentException("states unreachable from the root: " + (states - size));
        int total = 0;
        for (int[] done : completed) total += done == null ? 0 : done.length;
        if (total > MASK) throw new IllegalArgumentException("too many features for 16-bit offsets: " + total);
        short[] features = new short[total];
        int at = 0;
        for (int n = 0; n < states; n++) {
            int[] done = completed[byNumber[n]];
            int count = done == null ? 0 : done.length;
            if (count > COUNT_MASK) throw new IllegalArgumentException("a state completing " + count + " features");
            node[n] |= (long) count << FEATURE_COUNT | (long) at << FEATURES_AT;
            for (int i = 0; i < count; i++) {
                if (done[i] > Short.MAX_VALUE) {
                    throw new IllegalArgumentException("feature " + done[i] + " past 16 bits");
                }
                features[at++] = (short) done[i];
            }
        }
        FeatureAutomaton machine = new FeatureAutomaton(label, node, features);
        for (int b = 0; b < 256; b++) machine.rootNext[b] = (short) number[next[b] & 0xFFFF];
        return machine;
    }

    /** The start state. */
    static int root() {
        return 0;
    }

    /** The state after {@code unsignedByte} in {@code state}. */
    int next(int state, int unsignedByte) {
        while (state != 0) {
            long n = node[state];
            int first = (int) n & MASK;
            int end = first + ((int) (n >>> CHILDREN) & COUNT_MASK);
            for (int c = first; c < end; c++) {
                int l = label[c] & 0xFF;
                if (l >= unsignedByte) {
                    if (l == unsignedByte) return c;
                    break;
                }
            }
            state = (int) (n >>> FAIL) & MASK;
        }
        return rootNext[unsignedByte];
    }

    /** How many features {@code state} completes. */
    int featureCount(int state) {
        return (int) (node[state] >>> FEATURE_COUNT) & COUNT_MASK;
    }

    /** The {@code i}th feature {@code state} completes. */
    int feature(int state, int i) {
        return features[(int) (node[state] >>> FEATURES_AT) + i];
    }
}
