package dev.newsdesk.parse.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the language of a text from its byte n-grams: langid.py's naive Bayes model (96 languages, ISO 639-1
 * codes) from langid-java, scored by {@link LanguageModel}. The language a page declares is a hint, never the
 * answer: templates declare {@code lang="en"} over Russian prose. It only settles what the text leaves open (Malay or Indonesian, Bosnian or
 * Croatian, see {@link #ALIKE}) and stands in when there is too little text to judge.
 */
public final class LanguageDetector {

    /**
     * The head of a text that is judged: five sentences (~530 characters) already name the language right on 98% of
     * texts in 64 languages (docs/benchmarks.md, "Language"), and the model's cost grows with the text (each
     * n-gram read is a row of the model to fetch from memory: ~0.15 ms for 700 characters, ~0.24 for 1,000).
     */
    public static final int SAMPLE_CHARS = 700;

    /** Fewer letters than this (a date, a name, a number) say nothing of a language: the hint stands. */
    private static final int MIN_LETTERS = 10;

    /**
     * The declared language wins while the text finds it at least a tenth as likely as the likeliest one (the
     * model's scores are natural logarithms).
     */
    private static final double HINT_LOG_RATIO = Math.log(10);

    /**
     * Languages written so alike that a paragraph barely tells them apart (the model's own confusions on the
     * development sentences): between them the page's declaration decides.
     */
    private static final List<Set<String>> ALIKE = List.of(Set.of("id", "ms", "jv"), Set.of("bs", "hr", "sr"),
            Set.of("da", "nb", "nn"), Set.of("xh", "zu"), Set.of("cs", "sk"));

    /** The {@link #canonical} code of each language of the model, by its index in the scores. */
    private static final String[] CODES = codes();

    private LanguageDetector() {
    }

    /** The ISO 639-1 code of {@code text}'s language, judged from its head; {@code hint} if too short to judge. */
    public static String detect(String text, String hint) {
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        if (letters(sample) < MIN_LETTERS) return hint;
        byte[] bytes = new byte[sample.length() * 3];
        float[] scores = LanguageModel.DEFAULT.scores(bytes, ModelBytes.encode(sample, bytes));
        String declared = hint == null ? null : canonical(hint);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double declaredScore = Double.NEGATIVE_INFINITY;
        // Raw log-likelihoods: normalizing them into probabilities would change no comparison.
        for (int i = 0; i < scores.length; i++) {
            String code = CODES[i];
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = code;
            }
            if (code.equals(declared)) declaredScore = Math.max(declaredScore, scores[i]);
        }
        if (declared == null) return best;
        return bestScore - declaredScore <= HINT_LOG_RATIO || sameGroup(declared, best) ? declared : best;
    }

    /** True when {@link #detect} judges the same head of {@code a} and {@code b}, and so gives both one answer. */
    public static boolean sameSample(String a, String b) {
        int n = Math.min(a.length(), SAMPLE_CHARS);
        return n == Math.min(b.length(), SAMPLE_CHARS) && a.regionMatches(0, b, 0, n);
    }

    private static String[] codes() {
        String[] codes = new String[LanguageModel.DEFAULT.languages()];
        for (int i = 0; i < codes.length; i++) codes[i] = canonical(LanguageModel.DEFAULT.language(i));
        return codes;
    }

    private static boolean sameGroup(String a, String b) {
        for (Set<String> group : ALIKE) {
            if (group.contains(a) && group.contains(b)) return true;
        }
        return false;
    }

    /**
     * The ISO 639-1 code a declared language starts with ({@code pt-BR}, {@code en_US}, {@code RU} give pt, en, ru),
     * or null when {@code declared} names no language that way ({@code english}, {@code x}, blank).
     */
    public static String code(String declared) {
        if (declared == null) return null;
        String s = declared.strip();
        if (s.length() < 2 || s.length() > 2 && s.charAt(2) != '-' && s.charAt(2) != '_') return null;
        char a = Character.toLowerCase(s.charAt(0));
        char b = Character.toLowerCase(s.charAt(1));
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z') return null;
        return canonical("" + a + b);
    }

    /**
     * One code per language: the model's generic Norwegian "no" is Bokmål (the written standard of nine Norwegians in
     * ten), so an article is listed under one code, not two.
     */
    private static String canonical(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return c.equals("no") ? "nb" : c;
    }

    /** Letters and the vowel signs of Indic scripts (combining marks, not letters to Java), up to the minimum. */
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
            int type = Character.getType(s.charAt(i));
            if (Character.isLetter(s.charAt(i)) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                n++;
            }
        }
        return n;
    }
}
