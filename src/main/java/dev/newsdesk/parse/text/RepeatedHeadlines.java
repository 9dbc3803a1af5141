package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The story's headline (or a box's heading) set again under its text, with another line of the header's box right
 * under it, opens the page's box set above the story too: a review's rating and shop buttons, then the writer's note
 * and the site's blurb; other stories' teasers under their heading. A page's markup keeps that box out of the
 * article; in a dump its prose carries the article's run on to the site's footer, so the box's copy ends the story.
 * A caption recurs alone; a section's heading listed above the story recurs with its paragraph under it; a post's
 * frame recurs in every post of a thread.
 */
final class RepeatedHeadlines {

    /** Fewer words than this make a section's label ("News", "Reviews"), which a page sets above and under a story. */
    private static final int MIN_WORDS = 3;
    /** How far above the story's first paragraph its headline may stand (a kicker, a byline, a share bar between). */
    private static final int LOOK_ABOVE = 12;
    /** How many of the story's paragraphs stand above the copy at least: a gallery repeats its title under a lead. */
    private static final int MIN_PARAGRAPHS = 3;
    /** How far under the headline's copy the box's next copied line may stand. */
    private static final int BOX_LINES = 3;
    /** Longer than this, a line under the copy is a paragraph (a section's), not the box's label or button. */
    private static final int MAX_BOX_LINE_WORDS = 6;

    private RepeatedHeadlines() {
    }

    /**
     * {@code range} ending above the first copy, past its paragraphs, of a headline-like line set just above its
     * first paragraph (the headline, a box's heading), when another line set there recurs right under it and less
     * prose stands under the copy than above it.
     */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int first = range.start();
        while (first < range.end() && verdicts.get(first) != Verdict.PROSE) first++;
        Set<String> headlines = new HashSet<>();
        Set<String> header = new HashSet<>();
        for (int i = Math.max(0, first - LOOK_ABOVE); i < first; i++) {
            String text = blocks.get(i).text().strip();
            header.add(text);
            if (isHeadline(blocks.get(i), verdicts.get(i))) headlines.add(text);
        }
        if (headlines.isEmpty()) return range;
        // A post's frame recurs in every post of a thread; a box is set once above the story and once under it.
        Set<String> inStory = new HashSet<>();
        int paragraphs = 0;
        int wordsAbove = 0;
        for (int i = first; i < range.end(); i++) {
            Candidate c = blocks.get(i);
            String text = c.text().strip();
            if (verdicts.get(i) == Verdict.PROSE) {
                paragraphs++;
                wordsAbove += c.words();
            } else if (paragraphs >= MIN_PARAGRAPHS && headlines.contains(text) && !inStory.contains(text)
                    && boxFollows(blocks, verdicts, header, inStory, i, range.end())
                    && PaywallNotices.proseWords(blocks, verdicts, i, range.end()) < wordsAbove) {
                return new MainRegion.Range(range.start(), i);
            }
            inStory.add(text);
        }
        return range;
    }

    /** A headline's line: a few words, not a sentence, not the site's chrome. */
    private static boolean isHeadline(Candidate c, Verdict v) {
        return v == Verdict.SHORT && c.words() >= MIN_WORDS && !BlockScorer.endsLikeSentence(c.text().strip());
    }

    /**
     * True when a line of the header other than the headline's own, not yet in the story, recurs within a few short
     * lines under {@code at}: a box's lines; a section's heading listed above has its paragraph under it, prose or not.
     * A copied line is the box's at any length: under a box's heading ("In today's Magazine") the first teaser's
     * headline recurs, longer than a label.
     */
    private static boolean boxFollows(List<Candidate> blocks, List<Verdict> verdicts, Set<String> header,
                                      Set<String> inStory, int at, int end) {
        String headline = blocks.get(at).text().strip();
        for (int i = at + 1; i < Math.min(end, at + 1 + BOX_LINES) && verdicts.get(i) != Verdict.PROSE; i++) {
            String text = blocks.get(i).text().strip();
            if (!text.equals(headline) && header.contains(text) && !inStory.contains(text)) return true;
            if (!isBoxLine(blocks.get(i), verdicts.get(i))) return false;
        }
        return false;
    }

    /** A box's line: a label, a price, a button; not a paragraph, set apart as chrome or not. */
    private static boolean isBoxLine(Candidate c, Verdict v) {
        return v != Verdict.PROSE && c.words() <= MAX_BOX_LINE_WORDS;
    }
}
