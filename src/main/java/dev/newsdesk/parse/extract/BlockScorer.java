package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import java.util.List;

/**
 * Says how much a block looks like article prose. Prose is long, made of sentences (it ends with punctuation
 * and is rich in function words) and carries few links; page chrome is short, link-heavy and uses the
 * vocabulary of {@link Boilerplate}.
 */
public final class BlockScorer {

    /** The verdict on one block. */
    public enum Verdict { PROSE, SHORT, NOISE, END }

    /** Below this share of function words, prose starts to look like a keyword list (news prose runs 0.35-0.5). */
    private static final double TYPICAL_STOPWORD_RATIO = 0.3;

    /** Enough characters for a hundred words or so. */
    private static final int SAMPLE_CHARS = 1_200;

    /** What ends a sentence, in Latin and in Chinese and Japanese punctuation. */
    private static final String SENTENCE_ENDS = ".!?…:;。！？．：；";
    /** What may follow a sentence's end: closing quotes and brackets, Western and CJK. */
    private static final String CLOSERS = "\"'”’»)]\u00a0」』）";

    private final String language;

    private final boolean dump;

    /**
     * A scorer for text in {@code language} (null if unknown). For a {@code dump} (no markup) small print is
     * judged more eagerly: there nothing else keeps a footer out.
     */
    public BlockScorer(String language, boolean dump) {
        this.language = language;
        this.dump = dump;
    }

    /** Classifies {@code c}. */
    public Verdict judge(Candidate c) {
        String text = c.text();
        // The vocabulary only names short lines; a long block is never chrome by its words alone.
        if (text.length() <= Boilerplate.MAX_CHROME_CHARS) {
            String key = Boilerplate.key(text);
            if (Boilerplate.endsArticleKey(key)) return Verdict.END;
            if (Boilerplate.isNoiseKey(key)) return Verdict.NOISE;
        }
        if (c.linkDensity() > 0.5) return Verdict.NOISE;
        // Long blocks are judged on a sample of their words: a paragraph's first hundred words say what it is.
        List<String> tokens = Words.lowerCase(text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS));
        if (Boilerplate.isSmallPrint(tokens, text, !dump)) return Verdict.NOISE;
        int words = c.words();
        boolean sentence = endsLikeSentence(text);
        if (words >= 10 && sentence || words >= 25 && !c.marked()) {
            double stop = LanguageDetector.stopwordRatio(tokens, language);
            // Prose in any of our languages is at least a tenth function words; lists of names and tags are not.
            if (stop >= 0.12 || language == null || words >= 10 && sentence && stop >= 0.06) return Verdict.PROSE;
        }
        return Verdict.SHORT;
    }

    /**
     * What a prose block weighs in the search for the article: its words, discounted when function words are rare
     * (keyword-stuffed site blurbs, lists of names), which real sentences never are.
     */
    public double proseWeight(Candidate c) {
        String text = c.text();
        int words = c.words();
        if (language == null) return words;
        List<String> tokens = Words.lowerCase(text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS));
        double ratio = LanguageDetector.stopwordRatio(tokens, language);
        return words * Math.max(0.3, Math.min(1, ratio / TYPICAL_STOPWORD_RATIO));
    }

    /** True when the text ends as a sentence does, closing quotes and brackets aside. */
    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }
}
