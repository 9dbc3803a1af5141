package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the headline of a text dump above its prose: the nearest headline-shaped line (a few words, no closing
 * period) that shares words with the article, and the section label right above it; a quotation under such a
 * short line is an essay's epigraph, and the short line its title.
 */
final class TitleFinder {

    /** How far above the prose a headline may stand (bylines, datelines, captions, a standfirst sit between). */
    private static final int LOOK_BACK = 12;

    /** Fewer chrome lines than this between a byline and a summary are a label or two, not a share bar. */
    private static final int MIN_SHARE_BUTTONS = 3;
    /** A byline and a dateline, each perhaps in two lines ("By" over the name, "Date" over the date). */
    private static final int MAX_BYLINE_LINES = 4;
    /** A line of the byline's block that is no byline: "By", "Date", "Published". */
    private static final int MAX_LABEL_WORDS = 2;

    record Heading(String title, String section, int titleIndex) {
    }

    private TitleFinder() {
    }

    static Heading find(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Set<String> bodyWords = new HashSet<>();
        for (int i = range.start(); i < Math.min(range.end(), range.start() + 6); i++) {
            bodyWords.addAll(ContentWords.of(blocks.get(i).text()));
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int from = Math.max(0, range.start() - LOOK_BACK);
        for (int i = range.start() - 1; i >= from; i--) {
            Verdict v = verdicts.get(i);
            if (v == Verdict.END) break;
            String text = blocks.get(i).text();
            int words = Words.count(text);
            if (v == Verdict.NOISE || words < 2 || words > 30 || SentenceEnds.endsWithFullStop(text) && words > 3) continue;
            if (Bylines.authors(text) != null || Dates.isDateline(text)) continue;
            double score = -0.08 * (range.start() - i);
            List<String> tokens = ContentWords.of(text);
            score += ContentWords.shared(tokens, bodyWords) / (double) Math.max(1, words);
            if (words >= 4) score += 0.3;
            if (BlockScorer.endsLikeSentence(text)) score -= 0.3;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0) {
            // No headline above the prose: the dump starts with its text; a short first line is still the title.
            int at = range.start() < blocks.size() ? range.start() : 0;
            while (at < blocks.size() && (verdicts.get(at) == Verdict.NOISE || verdicts.get(at) == Verdict.END)) at++;
            if (at < blocks.size() && Words.count(blocks.get(at).text()) <= 30
                    && !BlockScorer.endsLikeSentence(blocks.get(at).text())) {
                return new Heading(blocks.get(at).text(), null, at);
            }
            return new Heading(null, null, -1);
        }
        best = headlineOverShareBar(blocks, verdicts, best);
        String section = null;
        if (best > 0) {
            String above = blocks.get(best - 1).text();
            int w = Words.count(above);
            if (verdicts.get(best - 1) == Verdict.SHORT && w >= 1 && w <= 3 && above.length() <= 40
                    && !BlockScorer.endsLikeSentence(above) && !Dates.isDateline(above)
                    && opensAsName(above)) {
                section = above;
            }
        }
        // A quotation under a short title is the essay's epigraph, not its headline.
        if (section != null && Epigraphs.is(blocks.get(best).text())) {
            return new Heading(section, null, best - 1);
        }
        return new Heading(blocks.get(best).text(), section, best);
    }

    /**
     * The headline of a header set as headline, byline and dateline, share bar, summary, when {@code best} is that
     * summary: it shares the text's words and stands nearest it, but the share bar's buttons under the byline part it
     * from the header's own headline. Else {@code best}.
     */
    private static int headlineOverShareBar(List<Candidate> blocks, List<Verdict> verdicts, int best) {
        if (!DumpStandfirst.isSummary(blocks.get(best), verdicts.get(best))) return best;
        int i = best - 1;
        while (i >= 0 && verdicts.get(i) == Verdict.NOISE) i--;
        if (best - 1 - i < MIN_SHARE_BUTTONS) return best;
        boolean marked = false;
        for (int lines = 0; i >= 0 && lines < MAX_BYLINE_LINES; i--, lines++) {
            Candidate c = blocks.get(i);
            if (DumpStandfirst.isHeaderMark(c)) marked = true;
            else if (Words.count(c.text()) > MAX_LABEL_WORDS || verdicts.get(i) != Verdict.SHORT) break;
        }
        if (!marked || i < 0 || verdicts.get(i) != Verdict.SHORT) return best;
        String text = blocks.get(i).text();
        int words = Words.count(text);
        return words >= 2 && words <= 30 && !BlockScorer.endsLikeSentence(text) && Bylines.authors(text) == null
                && !Dates.isDateline(text) ? i : best;
    }

    /**
     * True when {@code label} opens with a letter that is not a small one: a capital, or a letter of a script without
     * capitals (Arabic, Hebrew, Devanagari, Chinese), whose section labels would otherwise never be one.
     */
    private static boolean opensAsName(String label) {
        int first = label.codePointAt(0);
        return Character.isLetter(first) && !Character.isLowerCase(first);
    }
}
