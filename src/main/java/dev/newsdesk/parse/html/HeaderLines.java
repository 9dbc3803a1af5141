package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's header written as lines in the story's own block: the headline the page's title repeats, then, a
 * line break apart, a few short lines that end no sentence and date it (byline, staff title, date, "Printer-friendly
 * version").
 * An old page laid out as a table sets its header so in the story's cell, above the first {@code <p>}; its lines are
 * the article's metadata, not its text. A block that goes on past the headline into a sentence is left alone.
 */
final class HeaderLines {

    /** Fewer words than this repeated from the title are a kicker or a section's name, not the headline. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** More words under the headline are a lead written on the headline's line, not a header's lines. */
    private static final int MAX_LINES_WORDS = 30;

    private HeaderLines() {
    }

    /** Marks the block opening {@code range} as noise when it is such a header; {@code titles} are the page's. */
    static void drop(List<Candidate> chosen, List<Verdict> verdicts, MainRegion.Range range, String... titles) {
        if (range.isEmpty()) return;
        Candidate c = chosen.get(range.start());
        if (c.markup() == null || !c.markup().contains("<br") || BlockScorer.endsLikeSentence(c.text())) return;
        String[] words = c.text().strip().split("\\s+");
        int headline = headlineWords(words, titles);
        int rest = words.length - headline;
        if (headline < MIN_HEADLINE_WORDS || rest > MAX_LINES_WORDS) return;
        // a header dates the article: a headline over a subtitle or a byline alone opens an essay's text as its title
        if (Dates.findPrinted(String.join(" ", List.of(words).subList(headline, words.length))) != null) {
            verdicts.set(range.start(), Verdict.NOISE);
        }
    }

    /** How many of {@code words}' first words one of {@code titles} repeats together, at most all but one. */
    private static int headlineWords(String[] words, String... titles) {
        List<String> comparable = new ArrayList<>();
        int most = 0;
        for (String title : titles) {
            if (title == null) continue;
            String t = ArticlePlace.comparable(title);
            comparable.add(t);
            most = Math.max(most, t.split(" ").length);
        }
        // a title repeats no more words than it has: a longer block than that and the lines is text, told cheaply
        if (words.length - MAX_LINES_WORDS > most) return 0;
        for (int n = words.length - 1; n >= MIN_HEADLINE_WORDS; n--) {
            String opening = ArticlePlace.comparable(String.join(" ", List.of(words).subList(0, n)));
            for (String title : comparable) {
                if (title.contains(opening)) return n;
            }
        }
        return 0;
    }
}
