package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.PictureCredits;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standfirst of a dump's article: the sentence-long summary a story's header sets under its headline, cut off
 * from the text by the header's furniture (byline, dateline, picture credit, reading time, share buttons), which
 * keeps it out of the article's run. A page's markup keeps it with the article; in a dump it is found by that
 * furniture: a byline, dateline or credit must stand under it or just above it (past furniture only), else a long
 * line above the run is another box's blurb, unless it is a paragraph in the text's own words (its lead, cut off by a
 * share bar).
 */
final class DumpStandfirst {

    /** Fewer words than this make a headline or a kicker, not a summary. */
    private static final int MIN_WORDS = 8;
    /** At most this many furniture lines between the standfirst and the text. */
    private static final int MAX_FURNITURE = 8;
    /**
     * How far above the standfirst the header's byline or dateline may stand (the headline and a kicker between),
     * in lines other than chrome ({@link #MAX_FURNITURE} more of chrome).
     */
    private static final int LOOK_ABOVE = 4;
    /** A short line of a header: a reading time, "Exclusive to subscribers", a share button's name. */
    private static final int MAX_LABEL_WORDS = 4;
    /**
     * The distinct content words a lead with no byline or dateline near must share with the text's opening: a
     * story's first paragraph names its people and places again, another story's teaser does not.
     */
    private static final int MIN_SHARED = 4;
    /** How many blocks of the text's opening are read for those words. */
    private static final int OPENING = 3;
    /**
     * A caption's sentence run into its credit with no space at its end, as a dump joins them: "…outside the
     * office.Reuters" (a "Ph.D" inside a summary is no credit).
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile("\\p{Ll}[.!?]\\p{Lu}[^.!?]{0,40}$");

    private DumpStandfirst() {
    }

    /**
     * The index of the standfirst above {@code bodyStart}, or -1: the nearest long line above it past header
     * furniture only, with a byline, dateline or credit among that furniture
     * or in the few lines above it. A headline ({@code titleIndex}) between them that is no credit or dateline
     * means the line is above the story's header, not in it.
     */
    static int find(List<Candidate> blocks, List<Verdict> verdicts, int bodyStart, int titleIndex) {
        if (bodyStart <= 0 || bodyStart >= blocks.size()) return -1;
        boolean dated = false;
        int furniture = 0;
        int i = bodyStart - 1;
        boolean titleListed = false; // a headline found among the contents' lines is a section's name
        while (i >= 0) {
            int contents = DumpContents.startOf(blocks, i);
            if (contents >= 0) {
                titleListed |= titleIndex >= contents && titleIndex <= i;
                i = contents - 1; // a table of contents, however long, is one piece of the header
                continue;
            }
            if (!isFurniture(blocks.get(i), verdicts.get(i))) break;
            dated |= isHeaderMark(blocks.get(i));
            if (++furniture > MAX_FURNITURE) return -1;
            i--;
        }
        if (i < 0 || !isSummary(blocks.get(i), verdicts.get(i))) return -1;
        // A line over a picture's credit is the picture's caption.
        if (i + 1 < blocks.size() && PictureCredits.in(blocks.get(i + 1).text())) return -1;
        if (titleIndex >= i && titleIndex < bodyStart && !titleListed && !isHeaderMark(blocks.get(titleIndex))) {
            return -1;
        }
        // A share bar's buttons between the byline or dateline and the standfirst count apart: a bar holds many.
        int above = 0;
        for (int j = i - 1; j >= Math.max(0, i - LOOK_ABOVE - MAX_FURNITURE) && above < LOOK_ABOVE && !dated
                && isFurniture(blocks.get(j), verdicts.get(j)); j--) {
            dated = isHeaderMark(blocks.get(j));
            if (verdicts.get(j) != Verdict.NOISE) above++;
        }
        return dated || isLead(blocks.get(i), verdicts.get(i)) && ownWords(blocks, i, bodyStart) ? i : -1;
    }

    /** A paragraph of sentences, as a lead is (a headline run into its byline, a line of tags ends otherwise). */
    private static boolean isLead(Candidate c, Verdict v) {
        return v == Verdict.PROSE && BlockScorer.endsLikeSentence(c.text().strip());
    }

    /** True when the line at {@code at} shares enough content words with the text's opening to be its lead. */
    private static boolean ownWords(List<Candidate> blocks, int at, int bodyStart) {
        Set<String> opening = ContentWords.ofBlocks(blocks, bodyStart, OPENING);
        return ContentWords.sharedDistinct(blocks.get(at).text(), opening) >= MIN_SHARED;
    }

    /**
     * A sentence-long line a story would set as its summary: words apart (a line of Chinese or Japanese characters
     * is a site's name or a pager as often), not cut short as a teaser's is, not a headline in title case, not a
     * caption with its credit (set apart or glued on), not the post's tags ("Filed Under: …").
     */
    static boolean isSummary(Candidate c, Verdict v) {
        String text = c.text().strip();
        return (v == Verdict.PROSE || v == Verdict.SHORT) && c.words() >= MIN_WORDS
                && text.split("\\s+").length >= MIN_WORDS && !text.endsWith("...") && !text.endsWith("…")
                && !text.endsWith(":") && !RegionCleaner.titleCase(text) && !CaptionCredits.in(text)
                && !GLUED_CREDIT.matcher(text).find() && !ChromeLabels.isFiling(text);
    }

    /** A line of a story's header that is not its text: chrome, a byline, a dateline, a credit or a short label. */
    private static boolean isFurniture(Candidate c, Verdict v) {
        if (v == Verdict.NOISE) return true;
        // Under the lead, a bare "Comments" is the share bar's link to them.
        if (v == Verdict.END) return c.words() <= 2;
        return c.words() <= MAX_LABEL_WORDS || isHeaderMark(c);
    }

    /** A byline, a dateline or a picture's credit: what marks the lines around it as an article's header. */
    static boolean isHeaderMark(Candidate c) {
        String text = c.text();
        if (text.length() > 160) return false;
        // A dateline's own test counts its words (one that dates a later change too holds more).
        if (Dates.isDateline(text)) return true;
        return c.words() <= 16 && (PictureCredits.in(text) || Bylines.authors(text) != null);
    }
}
