package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds prose that a dump repeats: pages carry a second copy of their article (structured data, a print or an app
 * version), as one long block that runs two of the article's paragraphs together, or as the same paragraph again.
 * The copy is chrome: counted as prose, it would outweigh or double the article.
 */
final class Copies {

    /** How much of a block's start names it in the index. */
    private static final int KEY_CHARS = 40;
    /** A paragraph repeated word for word is a copy from this length on. */
    private static final int MIN_REPEATED_WORDS = 25;

    private Copies() {
    }

    /** Turns the verdict on each prose block that copies earlier blocks into {@link Verdict#NOISE}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        Map<String, Integer> byStart = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            String key = key(text);
            Integer earlier = byStart.putIfAbsent(key, i);
            if (earlier != null && verdicts.get(i) == Verdict.PROSE && copies(blocks, earlier, text)) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }

    /**
     * True when {@code text} is block {@code k} run together with the block after it, or block {@code k} again and
     * long: a standfirst or an interview's question may come twice in the article itself.
     */
    private static boolean copies(List<Candidate> blocks, int k, String text) {
        String first = blocks.get(k).text();
        if (text.equals(first)) return blocks.get(k).words() >= MIN_REPEATED_WORDS;
        if (k + 1 >= blocks.size() || !text.startsWith(first)) return false;
        String rest = text.substring(first.length()).strip();
        return !rest.isEmpty() && rest.startsWith(key(blocks.get(k + 1).text()));
    }

    private static String key(String text) {
        return text.length() <= KEY_CHARS ? text : text.substring(0, KEY_CHARS);
    }
}
