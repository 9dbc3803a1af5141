package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.PictureCredits;
import java.util.List;
import java.util.Set;

/**
 * The subtitle of a dump's article: a second headline-shaped line stacked between the headline and the text
 * ("Ewald Ferlemann and his life for the birds" under "A private bird rescue station"). A page's markup keeps it with
 * the article; in a dump it stands outside the text's run. It is told from a byline, a dateline, a caption, a share
 * bar or a button's name by what it holds (no date, author or credit), by standing once in the dump (a teaser's
 * headline is listed again) and by its words: the text's first paragraphs repeat them. An essay's epigraph stands
 * there too ({@link Epigraphs}).
 */
final class DumpSubtitle {

    /** Fewer words than this make a label or a name, not a subtitle. */
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 30;
    /** The subtitle's words the text's opening must repeat. */
    private static final int MIN_SHARED = 2;
    /** How many blocks of the text's opening are read for those words. */
    private static final int OPENING = 6;

    private DumpSubtitle() {
    }

    /** The index of the subtitle right under the headline {@code titleIndex}, right above {@code bodyStart}; or -1. */
    static int find(List<Candidate> blocks, List<Verdict> verdicts, int bodyStart, int titleIndex) {
        int at = bodyStart - 1;
        if (titleIndex < 0 || at != titleIndex + 1 || bodyStart >= blocks.size()) return -1;
        Candidate line = blocks.get(at);
        if (verdicts.get(at) != Verdict.SHORT || line.words() < MIN_WORDS || line.words() > MAX_WORDS
                || holdsHeaderMark(line.text()) || repeated(blocks, at)) {
            return -1;
        }
        if (Epigraphs.is(line.text())) return at; // a quotation's words need not be the text's
        Set<String> opening = ContentWords.ofBlocks(blocks, bodyStart, OPENING);
        return ContentWords.sharedDistinct(line.text(), opening) >= MIN_SHARED ? at : -1;
    }

    /** True when another line holds the line at {@code at}: a teaser's or a video's headline, listed again below. */
    private static boolean repeated(List<Candidate> blocks, int at) {
        String text = blocks.get(at).text();
        for (int i = 0; i < blocks.size(); i++) {
            if (i != at && blocks.get(i).text().contains(text)) return true;
        }
        return false;
    }

    /**
     * Whether {@code text}, however long, holds a printed date, an author or a picture's credit (a caption): a line of
     * the header, as {@link DumpStandfirst#isHeaderMark} tells a short one (there by a whole dateline).
     */
    private static boolean holdsHeaderMark(String text) {
        return Dates.findPrinted(text) != null || PictureCredits.in(text) || Bylines.authors(text) != null;
    }
}
