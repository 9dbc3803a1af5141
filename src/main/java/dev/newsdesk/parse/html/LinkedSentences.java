package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence of the article whose link wraps most of its words ("Smith took over from Jones, <a>who had held the post
 * for eight months.</a>"): chrome by its share of link text, as a link list's item is, yet it says its own words
 * first and ends as a sentence, right under the article's prose. A teaser links from its first words; a label
 * ("Read also:") introduces its link with a colon.
 */
final class LinkedSentences {

    /** Fewer words make a line, which a link list's items can be too. */
    private static final int MIN_WORDS = 10;
    /** Words before the link: a sentence's subject and its verb at least. */
    private static final int MIN_OPENING_WORDS = 2;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private LinkedSentences() {
    }

    /** Sets the verdict of each such sentence in {@code range}, under prose and above more of the article, to prose. */
    static void keepAmidProse(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i + 1 < range.end(); i++) {
            if (verdicts.get(i) == Verdict.NOISE && verdicts.get(i - 1) == Verdict.PROSE
                    && verdicts.get(i + 1) != Verdict.NOISE && verdicts.get(i + 1) != Verdict.END
                    && isLinkedSentence(blocks.get(i))) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /** A paragraph, mostly link text, that opens with words of its own (no label's colon) and ends with a stop. */
    static boolean isLinkedSentence(Candidate c) {
        if (c.kind() != Candidate.Kind.PARAGRAPH || c.linkDensity() <= 0.5 || c.words() < MIN_WORDS
                || c.markup() == null || !BlockScorer.endsLikeSentence(c.text())) {
            return false;
        }
        int link = firstLink(c.markup());
        if (link <= 0) return false;
        String opening = TAG.matcher(c.markup().substring(0, link)).replaceAll("").strip();
        return !opening.endsWith(":") && Words.count(opening) >= MIN_OPENING_WORDS;
    }

    /** Where the first link opens in {@code markup}, with its address or without (one the page gave no base for). */
    private static int firstLink(String markup) {
        int withAddress = markup.indexOf("<a ");
        int bare = markup.indexOf("<a>");
        return withAddress < 0 ? bare : bare < 0 ? withAddress : Math.min(withAddress, bare);
    }
}
