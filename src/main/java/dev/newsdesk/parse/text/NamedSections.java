package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts the article presents, each under its name with its features in short lines: a text introduces three
 * products, then lists each one's features under the product's name. The lines are words, neither quantities nor
 * labelled values, so {@link DataLists} passes them by and the run stops at the first name. The names vouch for them:
 * the article's own prose names each heading, where a site's boxes under it are headed by the site's words
 * ("Related articles"), and a box of other stories shares one heading at most with the text above it.
 */
final class NamedSections {

    /** Fewer named sections than this are as often one box of links about a thing the article mentions. */
    private static final int MIN_SECTIONS = 2;
    /** More words than this, a line is no name of a part. */
    private static final int MAX_HEADING_WORDS = 4;
    /** More lines than this under one name are a list of links rather than its features. */
    private static final int MAX_LINES = 30;
    /**
     * A label alone below this many lines of a section heads its features ("Description:"); further down it opens
     * the site's fields under the article ("Tags:", "Similar news:").
     */
    private static final int MAX_LABEL_LINE = 2;

    private NamedSections() {
    }

    /**
     * Where the named sections right under the run [{@code start}, {@code end}) end, their lines marked, in place, as
     * the article's (names as prose, their lines as list items); else {@code end}.
     */
    static int take(List<Candidate> blocks, List<Verdict> verdicts, int start, int end) {
        // most runs end on no heading: the prose is gathered only for one that may be a name
        if (end >= blocks.size() || words(blocks.get(end), verdicts.get(end)) == null) return end;
        String prose = prose(blocks, verdicts, start, end);
        BitSet headings = new BitSet();
        int last = end;
        int i = end;
        while (i < blocks.size() && isNamed(blocks.get(i), verdicts.get(i), prose)) {
            int after = i + 1;
            while (after < blocks.size() && after - i <= MAX_LINES && isLine(blocks.get(after), verdicts.get(after))
                    && !isNamed(blocks.get(after), verdicts.get(after), prose)
                    && (after - i <= MAX_LABEL_LINE || !DataLists.isLabelAlone(blocks.get(after).text()))) {
                after++;
            }
            if (after == i + 1 || after - i > MAX_LINES) break;
            headings.set(i);
            last = after;
            i = after;
        }
        if (headings.cardinality() < MIN_SECTIONS) return end;
        for (int j = end; j < last; j++) {
            if (headings.get(j)) {
                verdicts.set(j, Verdict.PROSE);
            } else {
                DataLists.mark(blocks, verdicts, j, j + 1);
            }
        }
        return last;
    }

    /** The paragraphs of the run, lower-cased, one to a line. */
    private static String prose(List<Candidate> blocks, List<Verdict> verdicts, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (verdicts.get(i) == Verdict.PROSE) {
                text.append(blocks.get(i).text().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * A short heading of two words or more that the prose names word for word, each word perhaps inflected there
     * ("Piz Alu Stöcke", "den Piz Alu Stöcken").
     */
    private static boolean isNamed(Candidate c, Verdict v, String prose) {
        String[] words = words(c, v);
        if (words == null) return false;
        StringBuilder name = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) name.append("\\s+");
            name.append(Pattern.quote(words[w])).append("\\p{L}{0,2}");
        }
        return Pattern.compile(name + "(?![\\p{L}\\p{N}])").matcher(prose).find();
    }

    /** The lower-cased words of a line shaped as a part's name (short, no sentence, no label, no box); else null. */
    private static String[] words(Candidate c, Verdict v) {
        if (v != Verdict.SHORT) return null;
        String text = c.text().strip();
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        boolean shaped = words.length >= 2 && words.length <= MAX_HEADING_WORDS && !BlockScorer.endsLikeSentence(text)
                && !text.endsWith(":") && !Boilerplate.headsWidget(Boilerplate.key(text));
        return shaped ? words : null;
    }

    /** A line that may stand under a name: the site's fields, noise and boxes end the section. */
    private static boolean isLine(Candidate c, Verdict v) {
        String text = c.text();
        return (v == Verdict.SHORT || v == Verdict.PROSE) && !ChromeLabels.is(text)
                && !Boilerplate.headsWidget(Boilerplate.key(text));
    }
}
