package dev.newsdesk.parse.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Splits text into words: runs of letters or digits; apostrophes and hyphens end a word. Chinese and Japanese
 * put no space between words, so each of their characters (Han, kana) is a word of its own, as word processors
 * count them: a paragraph of them weighs as prose instead of as one long "word". Thai and its neighbours, which put
 * no space between words either, count a word every few letters ({@link #count}).
 */
public final class Words {

    /** The first digit after '9' in Unicode: ARABIC-INDIC DIGIT ZERO. */
    private static final char FIRST_OTHER_DIGIT = '\u0660';

    private Words() {
    }

    /** The words of {@code text}, lower-cased, in order. */
    public static List<String> lowerCase(String text) {
        return lowerCase(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} words of {@code text}, lower-cased, in order. */
    public static List<String> lowerCase(String text, int max) {
        List<String> out = new ArrayList<>();
        if (max <= 0) return out;
        eachLowerCase(text, text.length(), w -> {
            out.add(w);
            return out.size() < max;
        });
        return out;
    }

    /**
     * Hands the words of {@code text[0, end)}, lower-cased, to {@code more} in order, until it returns false: the
     * words of {@link #lowerCase}, for a caller that only tallies them and needs no list.
     */
    public static void eachLowerCase(String text, int end, Predicate<String> more) {
        eachWord(text, end, (from, to) -> more.test(text.substring(from, to).toLowerCase(Locale.ROOT)));
    }

    /** Takes a word as the span {@code [from, to)} of the text; answers whether to go on. */
    @FunctionalInterface
    public interface Span {
        boolean take(int from, int to);
    }

    /**
     * Each word of {@code text[0, end)} in order, as a span ({@link #classOf} says what a word is): for a caller that
     * looks words up where they stand ({@link LowerCaseWords}) and builds none.
     */
    public static void eachWord(String text, int end, Span span) {
        int start = -1;
        for (int i = 0; i < end; i++) {
            int cls = classOf(text.charAt(i));
            if (cls == LETTER) {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) {
                if (!span.take(start, i)) return;
                start = -1;
            }
            if (cls == IDEOGRAPH && !span.take(i, i + 1)) return;
        }
        if (start >= 0) span.take(start, end);
    }

    /** Takes a word as a span with its {@link LowerCaseWords#keyOf key}, read as the word was; answers whether to go on. */
    @FunctionalInterface
    public interface KeyedSpan {
        boolean take(int from, int to, long key);
    }

    /**
     * {@link #eachWord}, each word handed on with its {@link LowerCaseWords} key, made as its characters are read:
     * for a caller that looks every word up in several sets and would otherwise read each word again for each.
     */
    public static void eachKeyedWord(String text, int end, KeyedSpan span) {
        int start = -1;
        long key = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int cls = classOf(c);
            if (cls == LETTER) {
                if (start < 0) {
                    start = i;
                    key = LowerCaseWords.EMPTY_KEY;
                }
                key = LowerCaseWords.nextKey(key, c);
                continue;
            }
            if (start >= 0) {
                if (!span.take(start, i, key)) return;
                start = -1;
            }
            if (cls == IDEOGRAPH && !span.take(i, i + 1, LowerCaseWords.nextKey(LowerCaseWords.EMPTY_KEY, c))) return;
        }
        if (start >= 0) span.take(start, end, key);
    }

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int IDEOGRAPH = 2;

    /**
     * The one place that says what a character is to a word: a {@link #LETTER} (or digit) of one, an
     * {@link #IDEOGRAPH} that is a word by itself, or {@link #OTHER}, which ends one. A combining mark is part of
     * its word: Devanagari, Bengali, Thai and Arabic write vowels and vowel signs as marks ("है" is a letter and a
     * mark), which would otherwise cut nearly every word of theirs in two.
     */
    private static int classOf(char c) {
        if (c < 0x80) return ASCII_WORD_CHARS[c] ? LETTER : OTHER; // most characters: one load, never ideographic
        if (isIdeographic(c)) return IDEOGRAPH;
        return Character.isLetterOrDigit(c) || isMark(c) ? LETTER : OTHER;
    }

    /** True for a combining mark: a vowel sign, a virama, a diacritic written apart from its letter. */
    public static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * How many words {@code text} has, without building them: {@link #eachWord}'s words, a run of Thai and its
     * neighbours counting one every few letters ({@link #isUnspaced}), counted by a {@link Counter} (the parser's
     * hottest word loop; counted through {@code eachWord}'s callback, a median page measured 1.65–1.73 ms against
     * 1.54–1.55 in one session).
     */
    public static int count(String text) {
        return count(text, 0, text.length());
    }

    /** {@link #count} of {@code text}'s characters from {@code from} to {@code to}: one of eachWord's words. */
    public static int count(String text, int from, int to) {
        Counter counter = new Counter();
        for (int i = from; i < to; i++) counter.add(text.charAt(i));
        return counter.count();
    }

    /**
     * {@link #count}, fed one character at a time: for a reader that goes over the text anyway (the block walk
     * counts a block's words as it appends them, instead of reading the block again).
     */
    public static final class Counter {
        private int count;
        private boolean inWord;
        /** The characters read of the current word (counted only when it may be in an {@link #isUnspaced} script). */
        private int wordChars;

        public void add(char c) {
            int cls = classOf(c);
            if (cls == LETTER) {
                if (!inWord) {
                    count++;
                    wordChars = 1;
                } else if (isUnspaced(c) && wordChars++ % UNSPACED_WORD_CHARS == 0) {
                    count++;
                }
            } else if (cls == IDEOGRAPH) {
                count++;
            }
            inWord = cls == LETTER;
        }

        /** A character that is not a word's (a space the caller does not hand on). */
        public void separate() {
            inWord = false;
        }

        public int count() {
            return count;
        }

        public void reset() {
            count = 0;
            inWord = false;
            wordChars = 0;
        }
    }

    /**
     * Thai, Lao, Myanmar and Khmer put no space between words (only between clauses), and have no characters of
     * their own for words as Han does: a run of their letters is several words. It counts as one a
     * {@value #UNSPACED_WORD_CHARS} characters, marks included (Thai news prose, split by the JDK's dictionary, runs
     * 4.2 characters a word), so that a paragraph weighs as prose instead of as a few long "words".
     */
    private static boolean isUnspaced(char c) {
        return c >= FIRST_UNSPACED && c <= 0x0eff || c >= 0x1000 && c <= 0x109f || c >= 0x1780 && c <= 0x17ff;
    }

    /** The letters of {@code text} in a script written without spaces between words (see {@link #isUnspaced}). */
    public static int unspacedLetters(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) if (isUnspaced(text.charAt(i))) n++;
        return n;
    }

    private static final char FIRST_UNSPACED = '\u0e00';
    private static final int UNSPACED_WORD_CHARS = 4;

    /** A Han character or kana: a word by itself (see the class comment). ASCII is never one. */
    public static boolean isIdeographic(char c) {
        return c >= 0x3040 && (c <= 0x30ff || c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff
                || c >= 0xf900 && c <= 0xfaff || c >= 0xff66 && c <= 0xff9f);
    }

    /** How many of {@code text}'s characters are {@link #isIdeographic}. */
    public static int ideographs(CharSequence text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) if (isIdeographic(text.charAt(i))) n++;
        return n;
    }

    /**
     * {@link Character#isLetterOrDigit} of ASCII (most of any text), read with one load; {@link #classOf} tests
     * ASCII first and only then the ideographic ranges (a median page 5-6% faster than testing those first).
     */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
    public static String squash(String text) {
        if (isSquashed(text)) return text; // most lines are already: no copy
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when {@link #squash} would leave {@code text} as it is: no blank at its ends, only single spaces inside. */
    private static boolean isSquashed(String text) {
        int n = text.length();
        if (n > 0 && (isBlank(text.charAt(0)) || isBlank(text.charAt(n - 1)))) return false;
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c) && (c != ' ' || text.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    /** True when {@code text} holds a letter (any script; code points, so a letter beyond U+FFFF counts). */
    public static boolean hasLetter(String text) {
        for (int i = 0, n = text.length(); i < n; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * True when {@code text} holds a digit of any script. The walk for datelines asks it of every text node: no digit
     * lies between '9' and {@link #FIRST_OTHER_DIGIT}, so most characters are told by two comparisons, without a
     * table look-up.
     */
    public static boolean hasDigit(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= '9' ? c >= '0' : c >= FIRST_OTHER_DIGIT && Character.isDigit(c)) return true;
        }
        return false;
    }

    /** The first {@code chars} of {@code text} at most, one fewer where the cut would split a surrogate pair. */
    public static String prefix(String text, int chars) {
        if (text.length() <= chars) return text;
        int end = Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
        return text.substring(0, end);
    }

    /** True when {@code text} has a character a reader sees: not only blanks, zero-width, format or control characters. */
    public static boolean shows(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c)) continue;
            int type = Character.getType(c);
            if (type != Character.CONTROL && type != Character.FORMAT) return true;
        }
        return false;
    }

    /**
     * Whether {@code c} is of Java's regex class {@code \\s} (HTML's whitespace and a vertical tab): for a character test
     * that stands in for a pattern's {@code \\s} before the pattern runs.
     */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** The index of the first character at or after {@code from} in {@code text} that is not {@link #isRegexSpace}. */
    public static int skipRegexSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isRegexSpace(text.charAt(i))) i++;
        return i;
    }

    /** What {@link #squash} collapses: whitespace, control characters, no-break and zero-width spaces. */
    public static boolean isBlank(char c) {
        // Above ASCII every whitespace character is also a space character: one look-up decides.
        return c < 0x80 ? c <= ' ' || c == 0x7f : Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
}
