package dev.newsdesk.parse.meta;

/**
 * Guesses the language of a text from its function words: in any real sentence they are the most frequent
 * words, and they differ enough between languages to tell them apart on a paragraph or two.
 */
public final class LanguageDetector {

    private static final int SAMPLE_WORDS = 300;
    /** The head of a text that is read: more than {@link #SAMPLE_WORDS} words in any language. */
    public static final int SAMPLE_CHARS = 3_000;

    private LanguageDetector() {
    }

    /** The ISO 639-1 code of {@code text}'s language, or {@code fallback} when no language stands out. */
    public static String detect(String text, String fallback) {
        int[] hits = new int[Stopwords.LANGUAGES.size()];
        int[] words = {0};
        Words.eachLowerCase(text, Math.min(text.length(), SAMPLE_CHARS), w -> {
            int mask = Stopwords.languageMask(w); // one lookup for all languages
            for (int l = 0; mask != 0; l++, mask >>>= 1) {
                if ((mask & 1) != 0) hits[l]++;
            }
            return ++words[0] < SAMPLE_WORDS;
        });
        String best = null;
        int bestHits = 0;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > bestHits) {
                bestHits = hits[l];
                best = Stopwords.LANGUAGES.get(l);
            }
        }
        // Too few function words to decide (a list of names, a code listing): say what we were told instead.
        if (best == null || bestHits < 3 || bestHits < words[0] / 20) return fallback;
        return best;
    }
}
