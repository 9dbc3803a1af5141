package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the blurbs of teaser cards: headline, author, date, then one paragraph, card after card. Each blurb reads
 * as prose and, summed, the cards would carry the article's run far past its end. A lone dated paragraph is kept: it
 * may be a short news item. The blurbs of a feed's cards that open on their comment count ("12 Comments", headline,
 * one paragraph, its source or related links) are not prose either: on a portal the feed stands above the story and,
 * its counts turned to chrome ({@link CommentCounts}), would outweigh it. A count under an item is the item's
 * footer (a weekly page), not a card's head, so an item a count closes stays prose.
 */
final class TeaserCards {

    /** How close two cards stand, in blocks (headline, author, date, blurb, and a line or two of chrome). */
    private static final int CARD_SPAN = 6;
    /** How many cards headed by a count make a feed: a story and its thread carry one or two counts. */
    private static final int MIN_COUNTED_CARDS = 3;

    private TeaserCards() {
    }

    /**
     * Turns the verdict on each card's blurb into {@link Verdict#SHORT}. A blurb a blog's post stamp closes
     * ({@link PostStamps}) is a post of the blog's page, not a teaser.
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        Set<Integer> stamps = PostStamps.find(blocks, i -> verdicts.get(i) == Verdict.PROSE);
        List<Integer> blurbs = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.PROSE && verdicts.get(i - 1) == Verdict.SHORT
                    && (i + 1 == blocks.size() || verdicts.get(i + 1) != Verdict.PROSE)
                    && Dates.isDateline(blocks.get(i - 1).text()) && !PostStamps.closesPost(stamps, i)) {
                blurbs.add(i);
            }
        }
        for (int k = 0; k < blurbs.size(); k++) {
            boolean near = k > 0 && blurbs.get(k) - blurbs.get(k - 1) <= CARD_SPAN
                    || k + 1 < blurbs.size() && blurbs.get(k + 1) - blurbs.get(k) <= CARD_SPAN;
            if (near) verdicts.set(blurbs.get(k), Verdict.SHORT);
        }
        List<Integer> counted = new ArrayList<>();
        for (int i = 2; i + 1 < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.PROSE && verdicts.get(i - 1) == Verdict.SHORT
                    && CommentCounts.isCount(blocks.get(i - 2)) && verdicts.get(i + 1) != Verdict.PROSE
                    && !CommentCounts.isCount(blocks.get(i + 1))) {
                counted.add(i);
            }
        }
        if (counted.size() >= MIN_COUNTED_CARDS) {
            for (int i : counted) verdicts.set(i, Verdict.SHORT);
        }
    }
}
