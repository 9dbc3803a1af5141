package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A round-up of results (a sports page's games, a race's placings) is lines of names and tallies ("Moreno 17 points.
 * Clarke 10 points.") under score lines ("Northfield d. Lakeview 70-44") and section names in capitals. Its lines
 * hold few function words, so each reads as a short one and the run holds only the line that chanced a conjunction.
 * When the run is such lines and more of them stand around it, the round-up is the article: the run takes in its
 * tally lines, the score lines between them and, above the first, the score lines and the section over them.
 */
final class ResultLines {

    /** A figure and the word it counts ("17 points", "1 goal"): a tally's unit, in lower case. */
    private static final Pattern TALLY = Pattern.compile("\\b\\d+ \\p{Ll}+");

    /** Words per tally at most: a tally line is little else than names and tallies. */
    private static final int WORDS_PER_TALLY = 6;

    /** Words besides, for the label a line of tallies may open with: a team and its record ("Eastside (1-0):"). */
    private static final int LABEL_WORDS = 3;

    /** A score line or a section's name is a few words; a longer line without a stop is a headline or chrome. */
    private static final int MAX_HEADER_WORDS = 8;

    /** Fewer tally lines than this are a few figures in a story, not a round-up. */
    private static final int MIN_TALLY_LINES = 3;

    private ResultLines() {
    }

    /** {@code range} widened over the round-up of results it is a line of, which is marked as prose; else itself. */
    static MainRegion.Range widen(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        for (int i = range.start(); i < range.end(); i++) {
            if (!isTally(blocks.get(i))) return range;
        }
        int end = range.end();
        for (int j = end; j < blocks.size() && (isTallyLine(blocks, verdicts, j) || isHeader(blocks, verdicts, j)); j++) {
            if (isTallyLine(blocks, verdicts, j)) end = j + 1;
        }
        int start = range.start();
        for (int j = start - 1; j >= 0 && (isTallyLine(blocks, verdicts, j) || isHeader(blocks, verdicts, j)); j--) {
            if (isTallyLine(blocks, verdicts, j)) start = j;
        }
        while (start > 0 && isHeader(blocks, verdicts, start - 1) && Words.hasDigit(blocks.get(start - 1).text())) {
            start--;
        }
        if (start > 0 && CapitalSections.isHeading(blocks.get(start - 1), verdicts.get(start - 1))) start--;
        int tallies = 0;
        for (int i = start; i < end; i++) {
            if (isTally(blocks.get(i))) tallies++;
        }
        if (tallies < MIN_TALLY_LINES) return range;
        for (int i = start; i < end; i++) verdicts.set(i, Verdict.PROSE);
        return new MainRegion.Range(start, end);
    }

    private static boolean isTallyLine(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return verdicts.get(i) == Verdict.SHORT && isTally(blocks.get(i));
    }

    /** True when {@code c} ends as a sentence and is names and tallies ("Ana Ruiz 6 steals."). */
    static boolean isTally(Candidate c) {
        String line = c.text().strip();
        if (!line.endsWith(".")) return false;
        Matcher m = TALLY.matcher(line);
        int tallies = 0;
        while (m.find()) tallies++;
        return tallies > 0 && c.words() <= tallies * WORDS_PER_TALLY + LABEL_WORDS;
    }

    /** A short line without a stop: a score line, a section's name. */
    private static boolean isHeader(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        String text = blocks.get(i).text();
        return verdicts.get(i) == Verdict.SHORT && !BlockScorer.endsLikeSentence(text)
                && blocks.get(i).words() <= MAX_HEADER_WORDS;
    }
}
