package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line the article announces with a colon and then goes on from ("Your config file might look like this:", a
 * command, an example, then the next paragraph) is the article's: the displayed line has no stop and its
 * announcement no prose right under it, so both would pass for chrome. A box of other articles announces its
 * headlines the same way, but under a widget's heading ("Read also:"), and its headlines come several in a row.
 */
final class AnnouncedLines {

    /** Fewer words than this, a line with a colon is a label or a box's heading, not a sentence announcing a line. */
    private static final int MIN_INTRO_WORDS = 4;
    /** More lines than this under one announcement are a list, which {@link IntroducedLists} judges. */
    private static final int MAX_LINES = 2;

    /** One to three capitalised words and nothing else: a name, as an author's box sets it under its heading. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}");

    private AnnouncedLines() {
    }

    /**
     * Marks, in place, as prose each line of {@code range} that ends with a colon and the one or two short lines
     * under it, when the article's prose follows them. Bottom up, so that an example announced right under another
     * one is followed by prose once the lower one is marked.
     */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.end() - 3; i >= range.start(); i--) {
            Verdict v = verdicts.get(i);
            Candidate intro = blocks.get(i);
            if (v == Verdict.NOISE || v == Verdict.END || !intro.text().stripTrailing().endsWith(":")
                    || intro.words() < MIN_INTRO_WORDS || !announces(intro.text())) {
                continue;
            }
            int j = i + 1;
            while (j < range.end() && j - i <= MAX_LINES && isDisplayed(blocks.get(j), verdicts.get(j))) j++;
            if (j == i + 1 || j >= range.end() || verdicts.get(j) != Verdict.PROSE) continue;
            for (int k = i; k < j; k++) verdicts.set(k, Verdict.PROSE);
        }
    }

    /** True when {@code text} announces what follows as a sentence does, not as a box's heading ("Read also:"). */
    private static boolean announces(String text) {
        return !Boilerplate.headsWidget(Boilerplate.key(text)) && Boilerplate.teaserHeadline(text) == null;
    }

    private static boolean isDisplayed(Candidate c, Verdict v) {
        return v == Verdict.SHORT && c.kind() == Candidate.Kind.PARAGRAPH && !c.text().stripTrailing().endsWith(":")
                && !NAME.matcher(c.text().strip()).matches();
    }
}
