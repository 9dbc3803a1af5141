package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the article of a dump by its headline when its words alone would not: a short news item loses the search
 * for the heaviest run to a longer site blurb or to a block of teasers, yet it alone sits right under a headline
 * that its first paragraph restates (a byline, a dateline, a line of tags between). A teaser card has that shape
 * too, but one paragraph only: the anchored run must hold two, and its first must not close on a "Read more" link.
 */
final class HeadlineAnchor {

    /** How many short lines (byline, dateline, tags, a caption) may stand between the headline and the prose. */
    private static final int GAP = 3;
    /** The headline's words the first paragraph must repeat: at least two, and this share of them. */
    private static final int MIN_SHARED = 2;
    private static final double MIN_SHARED_SHARE = 0.3;
    /** An anchored run wins over an unanchored heavier one when it weighs at least this share of it. */
    private static final double SHARE = 0.3;
    /**
     * The links that invite to read on, as {@link Boilerplate#key} writes them; not a credit ("AFP") or an ellipsis,
     * which close an article's own paragraphs. Words are found by spaces, so unspaced scripts are not asked.
     */
    private static final Pattern READ_ON = Pattern.compile(String.join("|", Boilerplate.READ_ON_LINKS)
            + "|read on|continue reading|mehr lesen|czytaj (dalej|więcej)|читать (далее|дальше)"
            + "|διαβ[άα]στε περισσ[όο]τερα");
    /** The most words of the link a teaser's blurb closes on ("Read more", "Lire la suite"). */
    private static final int MAX_READ_ON_WORDS = 3;

    private HeadlineAnchor() {
    }

    /**
     * The run to read as the article: {@code chosen} (the heaviest run) when it starts under its headline or no run
     * does, else the heaviest run that does, if it weighs at least {@link #SHARE} of {@code chosen}.
     */
    static MainRegion.Range choose(List<Candidate> blocks, List<Verdict> verdicts, double[] weights,
                                   MainRegion.Range chosen) {
        if (chosen.isEmpty()) return chosen;
        int n = blocks.size();
        // The heaviest run starting at each block, one pass from the end; a run before the chosen one stops short of
        // it, else a news item would merely lead into the blurb it lost to.
        double[] sum = new double[n + 1];
        int[] end = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            if (Double.isNaN(weights[i])) continue; // a wall: sum[i] stays 0, nothing runs across it
            boolean extend = sum[i + 1] > 0 && i + 1 != chosen.start();
            sum[i] = weights[i] + (extend ? sum[i + 1] : 0);
            end[i] = extend ? end[i + 1] : i + 1;
        }
        // Past a comment wall after the chosen run come readers' comments: an anchored run there is one of them.
        // Past another wall ("Latest headlines") the story may still come: teasers there have one paragraph.
        int wall = chosen.end();
        while (wall < n && !CommentThreads.commentWall(blocks, weights, wall)) wall++;
        int best = -1;
        for (int h = 0; h < wall; h++) {
            int p = proseUnder(blocks, verdicts, h);
            if (p < 0 || !restates(blocks.get(p).text(), blocks.get(h).text())) continue;
            if (p >= chosen.start() && p <= chosen.start() + GAP + 1) return chosen; // the chosen run is anchored
            // Inside the chosen run, a headline is a subheading; a teaser card has one paragraph.
            if (p > chosen.start() && p < chosen.end() || !twoParagraphs(verdicts, p)) continue;
            if (invitesToReadOn(blocks.get(p).text())) continue; // a card's blurb, the next card's caption under it
            if (!sharesTwoWords(blocks.get(p).text(), blocks.get(h).text())) continue; // a move asks two words
            if (best < 0 || sum[p] > sum[best]) best = p;
        }
        if (best < 0 || sum[best] < SHARE * MainRegion.score(weights, chosen)) return chosen;
        return new MainRegion.Range(best, end[best]);
    }

    /** True when the prose block {@code p} is followed by another: a story's opening, not a teaser's blurb. */
    private static boolean twoParagraphs(List<Verdict> verdicts, int p) {
        return p + 1 < verdicts.size() && verdicts.get(p + 1) == Verdict.PROSE;
    }

    /**
     * True when {@code paragraph} closes on a link inviting to read on ("… to carry firearms. Read More"): a teaser
     * card's blurb, whose story is on another page. Once its lines are joined, the next card's caption under it reads
     * as a second paragraph.
     */
    private static boolean invitesToReadOn(String paragraph) {
        String text = paragraph.strip();
        int cut = text.length();
        for (int words = 0; words < MAX_READ_ON_WORDS; words++) {
            cut = text.lastIndexOf(' ', cut - 1);
            if (cut <= 0) return false;
            if (BlockScorer.endsLikeSentence(text.substring(0, cut))) {
                return READ_ON.matcher(Boilerplate.key(text.substring(cut + 1))).matches();
            }
        }
        return false;
    }

    /** The prose block right under {@code h} when {@code h} is shaped as a headline, else -1. */
    private static int proseUnder(List<Candidate> blocks, List<Verdict> verdicts, int h) {
        if (verdicts.get(h) != Verdict.SHORT) return -1;
        for (int i = h + 1; i < Math.min(blocks.size(), h + 2 + GAP); i++) {
            Verdict v = verdicts.get(i);
            // The headline tests (regexes) last: most lines have no prose under them.
            if (v == Verdict.PROSE) return isHeadline(blocks.get(h)) ? i : -1;
            if (v == Verdict.END) return -1;
        }
        return -1;
    }

    /** True when {@code c} is shaped as a headline: a few words, no sentence, byline, dateline or teaser's label. */
    static boolean isHeadline(Candidate c) {
        String text = c.text();
        return c.words() >= 4 && c.words() <= 30 && !BlockScorer.endsLikeSentence(text)
                && Bylines.authors(text) == null && !Dates.isDateline(text) && Boilerplate.teaserHeadline(text) == null;
    }

    /** True when {@code paragraph} repeats enough of the {@code headline}'s words to be the story it heads. */
    static boolean restates(String paragraph, String headline) {
        Set<String> words = new HashSet<>(ContentWords.of(headline));
        if (words.size() < MIN_SHARED) return false;
        int shared = ContentWords.shared(words, new HashSet<>(ContentWords.of(paragraph)));
        return shared >= MIN_SHARED && shared >= MIN_SHARED_SHARE * words.size();
    }

    /** True when {@code paragraph} holds two of the {@code headline}'s words apart, not merely one long word. */
    static boolean sharesTwoWords(String paragraph, String headline) {
        return sharedWords(new LinkedHashSet<>(ContentWords.of(headline)), new HashSet<>(ContentWords.of(paragraph)))
                >= MIN_SHARED;
    }

    /**
     * How many of {@code words} (in the headline's order) {@code known} holds, where a chain of shared character
     * pairs counts once: text without spaces does not tell where its words end, and one long shared word
     * ("ビジネス", three pairs) is not the two words a headline and its story share.
     */
    private static int sharedWords(Set<String> words, Set<String> known) {
        int shared = 0;
        String previous = "";
        for (String w : words) {
            boolean isShared = known.contains(w);
            if (isShared && !chains(previous, w)) shared++;
            previous = isShared ? w : "";
        }
        return shared;
    }

    /** True when {@code next} is the character pair that goes on from {@code pair} ("ビジ", "ジネ"). */
    private static boolean chains(String pair, String next) {
        return pair.length() == 2 && next.length() == 2 && pair.charAt(1) == next.charAt(0);
    }
}
