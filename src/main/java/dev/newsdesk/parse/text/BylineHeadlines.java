package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline over a header's byline or dateline when the line found for it stands under them: a picture's
 * caption, a subtitle, a tag or a comment count sits between the header's marks and the text, never over them.
 */
final class BylineHeadlines {

    /** Lines that may part the found line from the marks above it: a comment count, a label ("Tags"). */
    private static final int MAX_BETWEEN = 2;
    /** A label between the marks and the found line is shorter than a headline. */
    private static final int MAX_LABEL_WORDS = 3;
    /** A longer line over the marks is a tag cloud or a teaser's text, as the headline search holds. */
    private static final int MAX_HEADLINE_WORDS = 30;
    /** Words of the text a headline over the marks shares: a line sharing one is a slogan or a label. */
    private static final int MIN_SHARED = 2;
    /** A search box's label over the marks ("Search this blog"): chrome, whatever words of the text it holds. */
    private static final Pattern SEARCH_LABEL = Pattern.compile(
            "(?iu)^(?:search|suche|suchen|recherche|rechercher|buscar|cerca|pesquisar|zoeken|szukaj)\\b");

    private BylineHeadlines() {
    }

    /**
     * The index of the headline-shaped line right over the run of marks above {@code best} (past a writer's bare
     * name), when it tells of the text (shares {@link #MIN_SHARED} words of {@code bodyWords}); else {@code best}.
     */
    static int over(List<Candidate> blocks, List<Verdict> verdicts, int best, Set<String> bodyWords) {
        int i = best - 1;
        for (int between = 0; i >= 0 && !TitleFinder.isMark(blocks.get(i).text()); i--, between++) {
            if (between == MAX_BETWEEN || !isLabel(blocks.get(i).text(), verdicts.get(i))) return best;
        }
        if (i < 0) return best;
        int h = TitleFinder.topOfMarks(blocks, i) - 1;
        if (h > 0 && TitleFinder.bareName(blocks.get(h).text())) h--;
        if (h < 0 || blocks.get(h).kind() == Candidate.Kind.LIST_ITEM) return best;
        String line = blocks.get(h).text();
        if (!TitleFinder.headlineShaped(line, verdicts.get(h)) || Words.count(line) > MAX_HEADLINE_WORDS
                || TitleFinder.isFurniture(line) || SEARCH_LABEL.matcher(line).find()) {
            return best;
        }
        return ContentWords.sharedDistinct(line, bodyWords) >= MIN_SHARED ? h : best;
    }

    /** A line of chrome or a short label: what stands between a byline and a caption, never a headline. */
    private static boolean isLabel(String text, Verdict v) {
        return v == Verdict.NOISE || v == Verdict.END || Words.count(text) <= MAX_LABEL_WORDS;
    }
}
