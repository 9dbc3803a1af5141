package dev.newsdesk.parse.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of words matched anywhere in a text, in any case: as a regex ({@link #find}, for where a match is), and
 * as a cheap test first ({@link #anyIn}) that folds the text's case as that regex does, so that the many lines holding
 * none of the words are told without it (a regex of alternatives in Unicode case tries each word at every position).
 */
public final class FoldedWords {

    private final String[] folded;
    private final Pattern pattern;

    private FoldedWords(String[] words) {
        this.folded = new String[words.length];
        for (int i = 0; i < words.length; i++) folded[i] = fold(words[i]);
        this.pattern = Pattern.compile(String.join("|", words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The words (literal: no regex syntax in them). */
    public static FoldedWords of(String... words) {
        return new FoldedWords(words);
    }

    /** The words as one case-insensitive regex of alternatives: what {@link #anyIn} answers for. */
    public Pattern pattern() {
        return pattern;
    }

    /** A matcher that has found the first of the words in {@code text}, or null when it holds none. */
    public Matcher find(String text) {
        if (!anyIn(text)) return null;
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    /** Whether {@code text} holds one of the words: true exactly when the regex finds one in it. */
    public boolean anyIn(String text) {
        String f = fold(text);
        for (String word : folded) if (f.contains(word)) return true;
        return false;
    }

    /** Each char as a Unicode-case regex compares it: lower case of its upper case ("ſ" and "S" are "s"). */
    private static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(out);
    }
}
