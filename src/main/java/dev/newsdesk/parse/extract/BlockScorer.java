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

    private final String language;

    public BlockScorer(String language) {
        this.language = language;
    }

    /** Classifies {@code c}. */
    public Verdict judge(Candidate c) {
        String text = c.text();
        if (Boilerplate.endsArticle(text)) return Verdict.END;
        if (Boilerplate.isNoise(text)) return Verdict.NOISE;
        if (c.linkDensity() > 0.5) return Verdict.NOISE;
        int words = Words.count(text);
        boolean sentence = endsLikeSentence(text);
        if (words >= 10 && sentence || words >= 25 && !c.marked()) {
            List<String> tokens = Words.lowerCase(text);
            double stop = LanguageDetector.stopwordRatio(tokens, language);
            // Prose in any of our languages is at least a tenth function words; lists of names and tags are not.
            if (stop >= 0.12 || language == null || words >= 10 && sentence && stop >= 0.06) return Verdict.PROSE;
        }
        return Verdict.SHORT;
    }

    /** True when the text ends as a sentence does, closing quotes and brackets aside. */
    public static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'”’»)]\u00a0".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }
}
