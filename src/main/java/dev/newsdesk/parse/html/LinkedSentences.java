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
 * ("Read also:") introduces its link with a colon. An item of the writer's list is such a sentence without its stop,
 * and may open with its subject alone when the link goes on with the sentence in lower case ("Ann <a>fixed ...</a>").
 */
final class LinkedSentences {

    /** Fewer words make a line, which a link list's items can be too. */
    private static final int MIN_WORDS = 10;
    /** Words before the link: a sentence's subject and its verb at least. */
    private static final int MIN_OPENING_WORDS = 2;
    /** An item, which needs no stop, says more before its link: a subject, its verb and an object or a clause. */
    private static final int MIN_ITEM_OPENING_WORDS = 3;
    /** Or its subject alone, when its link's text goes on in lower case, as a headline or a name never opens. */
    private static final int MIN_ITEM_SUBJECT_WORDS = 1;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private LinkedSentences() {
    }

    /**
     * Sets the verdict of each such sentence in {@code range}, under prose and above more of the article, to prose;
     * and of each such item of a list ({@link #isLinkedItem}) under a kept line of the article, as a list goes on.
     */
    static void keepAmidProse(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i + 1 < range.end(); i++) {
            if (verdicts.get(i) != Verdict.NOISE || verdicts.get(i + 1) == Verdict.END) continue;
            Verdict above = verdicts.get(i - 1);
            if (above == Verdict.PROSE && verdicts.get(i + 1) != Verdict.NOISE && isLinkedSentence(blocks.get(i))
                    || above != Verdict.NOISE && above != Verdict.END && isLinkedItem(blocks.get(i))) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /**
     * An item of the writer's list whose links cover most of its words ("Thanks to Ann, users can now <a>import
     * their passwords</a>", "Ann <a>fixed a hang at startup</a>"): it says its subject and verb before the link, or
     * its subject with the link going on in lower case, as a sentence does, where a list of other stories' links opens
     * each item with its link, or with a source's name before a capitalised headline. It need not end with a stop.
     */
    private static boolean isLinkedItem(Candidate c) {
        return c.kind() == Candidate.Kind.LIST_ITEM && c.isMostlyLinks() && c.words() >= MIN_WORDS
                && (opensWithOwnWords(c, MIN_ITEM_OPENING_WORDS)
                    || opensWithOwnWords(c, MIN_ITEM_SUBJECT_WORDS) && linkGoesOnInLowerCase(c.markup()));
    }

    /** Whether the text of {@code markup}'s first link opens with a lower-case letter, going on with a sentence. */
    private static boolean linkGoesOnInLowerCase(String markup) {
        int tagEnd = markup.indexOf('>', firstLink(markup));
        if (tagEnd < 0) return false;
        String text = TAG.matcher(markup.substring(tagEnd + 1)).replaceAll("").strip();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** A paragraph, mostly link text, that opens with words of its own (no label's colon) and ends with a stop. */
    static boolean isLinkedSentence(Candidate c) {
        return c.kind() == Candidate.Kind.PARAGRAPH && c.isMostlyLinks() && c.words() >= MIN_WORDS
                && BlockScorer.endsLikeSentence(c.text()) && opensWithOwnWords(c, MIN_OPENING_WORDS);
    }

    /** Whether {@code c}'s markup says {@code least} words or more before its first link, and no label's colon. */
    private static boolean opensWithOwnWords(Candidate c, int least) {
        if (c.markup() == null) return false;
        int link = firstLink(c.markup());
        if (link <= 0) return false;
        String opening = TAG.matcher(c.markup().substring(0, link)).replaceAll("").strip();
        return !opening.endsWith(":") && Words.count(opening) >= least;
    }

    /** Where the first link opens in {@code markup}, with its address or without (one the page gave no base for). */
    private static int firstLink(String markup) {
        int withAddress = markup.indexOf("<a ");
        int bare = markup.indexOf("<a>");
        return withAddress < 0 ? bare : bare < 0 ? withAddress : Math.min(withAddress, bare);
    }
}
