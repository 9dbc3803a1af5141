package dev.newsdesk.parse.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The emphasis marks of one inline text ({@code *}, {@code _} runs, and GFM's {@code ~~}) and how they pair, by
 * CommonMark's delimiter-run rules: a run opens or closes by what stands on either side of it, a closer pairs with
 * the nearest opener of its kind, and unpaired marks are text. So "3*4=12 and **bold**" keeps its star and bolds
 * "bold", and "__init__ and *args" emphasises nothing it should not. One pass over the runs with CommonMark's
 * "openers bottom" bound, so a text of many marks that never close stays linear.
 *
 * <p>One change to the rules, as the CJK-friendly amendment to CommonMark has it: a Chinese, Japanese or Korean
 * character next to a run counts as punctuation does, so "**「強調」**です", written without spaces as those
 * languages are, is strong.
 */
final class Delimiters {

    private final String s;
    private int n;
    private int[] position = new int[8];
    private int[] length = new int[8];
    /** Marks of a run not yet paired: what is left is text. */
    private int[] left = new int[8];
    private boolean[] canOpen = new boolean[8];
    private boolean[] canClose = new boolean[8];
    /** For each run, the sizes of the pairs it closes (in order) and opens (innermost first); null when none. */
    private final List<int[]> closes = new ArrayList<>();
    private final List<int[]> opens = new ArrayList<>();

    Delimiters(String s) {
        this.s = s;
    }

    /** Whether {@code c} may make a run. */
    static boolean isMark(char c) {
        return c == '*' || c == '_' || c == '~';
    }

    /** Whether a run of {@code length} {@code mark}s is a delimiter: a strikethrough is exactly two tildes. */
    static boolean isDelimiter(char mark, int length) {
        return mark != '~' || length == 2;
    }

    /** Adds the run of {@code length} marks at {@code at}; runs are added left to right. */
    void add(int at, int length) {
        if (n == position.length) grow();
        char mark = s.charAt(at);
        char before = at > 0 ? s.charAt(at - 1) : ' ';
        char after = at + length < s.length() ? s.charAt(at + length) : ' ';
        boolean leftFlanking = flanking(after, before);
        boolean rightFlanking = flanking(before, after);
        position[n] = at;
        this.length[n] = length;
        left[n] = length;
        canOpen[n] = leftFlanking && (mark != '_' || !rightFlanking || isPunctuation(before));
        canClose[n] = rightFlanking && (mark != '_' || !leftFlanking || isPunctuation(after));
        closes.add(null);
        opens.add(null);
        n++;
    }

    /** A run faces {@code inside} (the character it would enclose) from {@code outside}: CommonMark's flanking. */
    private static boolean flanking(char inside, char outside) {
        if (Character.isWhitespace(inside) || Character.isSpaceChar(inside)) return false;
        return !isPunctuation(inside) || Character.isWhitespace(outside) || Character.isSpaceChar(outside)
                || isPunctuation(outside) || isCjk(outside);
    }

    /** The number of runs. */
    int size() {
        return n;
    }

    int position(int k) {
        return position[k];
    }

    int length(int k) {
        return length[k];
    }

    /** Marks of run {@code k} that pair with none: text, between what it closes and what it opens. */
    int unpaired(int k) {
        return left[k];
    }

    /** The sizes (1 emphasis, 2 strong) of the pairs run {@code k} closes, innermost first. */
    int[] closed(int k) {
        return closes.get(k) == null ? new int[0] : closes.get(k);
    }

    /** The sizes of the pairs run {@code k} opens, innermost first. */
    int[] opened(int k) {
        return opens.get(k) == null ? new int[0] : opens.get(k);
    }

    /** Pairs the runs: CommonMark's "process emphasis", over the runs as a linked list. */
    void pair() {
        int[] prev = new int[n];
        int[] next = new int[n];
        for (int k = 0; k < n; k++) {
            prev[k] = k - 1;
            next[k] = k + 1 < n ? k + 1 : -1;
        }
        // at and below these runs (by mark, whether the closer also opens, its length mod 3) no opener is left to
        // find; runs are numbered in reading order, so the bound holds after the run it names is unlinked
        int[] bottom = new int[3 * 2 * 3];
        Arrays.fill(bottom, -1);
        int current = n > 0 ? 0 : -1;
        while (current >= 0) {
            if (!canClose[current]) {
                current = next[current];
                continue;
            }
            char mark = s.charAt(position[current]);
            int slot = ("*_~".indexOf(mark) * 2 + (canOpen[current] ? 1 : 0)) * 3 + length[current] % 3;
            int opener = prev[current];
            while (opener > bottom[slot] && !pairs(opener, current, mark)) opener = prev[opener];
            if (opener > bottom[slot]) {
                int size = mark == '~' || left[opener] >= 2 && left[current] >= 2 ? 2 : 1;
                left[opener] -= size;
                left[current] -= size;
                opens.set(opener, append(opens.get(opener), size));
                closes.set(current, append(closes.get(current), size));
                // the runs between them are text now
                next[opener] = current;
                prev[current] = opener;
                if (left[opener] == 0) unlink(opener, prev, next);
                if (left[current] == 0) {
                    int after = next[current];
                    unlink(current, prev, next);
                    current = after;
                }
            } else {
                bottom[slot] = prev[current];
                int after = next[current];
                if (!canOpen[current]) unlink(current, prev, next);
                current = after;
            }
        }
    }

    /** Whether {@code opener} can pair with {@code closer}: same mark, and CommonMark's rule of three. */
    private boolean pairs(int opener, int closer, char mark) {
        if (!canOpen[opener] || s.charAt(position[opener]) != mark) return false;
        if (mark == '~') return true;
        boolean either = canClose[opener] || canOpen[closer];
        int sum = length[opener] + length[closer];
        return !(either && sum % 3 == 0 && !(length[opener] % 3 == 0 && length[closer] % 3 == 0));
    }

    private static void unlink(int k, int[] prev, int[] next) {
        if (prev[k] >= 0) next[prev[k]] = next[k];
        if (next[k] >= 0) prev[next[k]] = prev[k];
    }

    private static int[] append(int[] sizes, int size) {
        if (sizes == null) return new int[] {size};
        int[] more = Arrays.copyOf(sizes, sizes.length + 1);
        more[sizes.length] = size;
        return more;
    }

    private void grow() {
        int size = position.length * 2;
        position = Arrays.copyOf(position, size);
        length = Arrays.copyOf(length, size);
        left = Arrays.copyOf(left, size);
        canOpen = Arrays.copyOf(canOpen, size);
        canClose = Arrays.copyOf(canClose, size);
    }

    /** CommonMark's punctuation: Unicode punctuation and symbols. */
    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
