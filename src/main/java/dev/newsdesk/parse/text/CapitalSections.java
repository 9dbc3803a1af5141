package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * A product's or a programme's sections under the article: each a sub-heading in capitals ("GENAUIGKEIT",
 * "EINPHASIG:") over a few short lines or bullets ("• Schutzart: IP40"). Without stops they cost the run as a menu
 * does, so it ends at the first of them. They are the article's when its run already sets a sub-heading in capitals
 * over its own text: the sections go on in its style, where a site's boxes under it have headings it knows or are
 * runs of links of its own.
 */
final class CapitalSections {

    /** Fewer sections than this make no run of them: one heading and its lines are as often a box. */
    private static final int MIN_SECTIONS = 2;
    /** More words than this, a line in capitals is a shouted sentence, not a sub-heading. */
    private static final int MAX_HEADING_WORDS = 4;
    /** Fewer letters than this, a line in capitals is an abbreviation or a button ("OK", "FAQ"). */
    private static final int MIN_HEADING_LETTERS = 4;
    /** More plain lines than this under a sub-heading are a list of links rather than its few lines of text. */
    private static final int MAX_PLAIN_LINES = 4;
    /** At most this many bullets under one sub-heading (a spec sheet's); more is a link list. */
    private static final int MAX_BULLETS = 20;

    private CapitalSections() {
    }

    /**
     * Where the sections right under the run [{@code start}, {@code end}) end, their lines marked, in place, as the
     * article's (headings as prose, their lines as list items); else {@code end}.
     */
    static int take(List<Candidate> blocks, List<Verdict> verdicts, int start, int end) {
        if (!setsCapitalHeading(blocks, verdicts, start, end)) return end;
        int sections = 0;
        int last = end;
        int i = end;
        while (i < blocks.size() && isHeading(blocks.get(i), verdicts.get(i))) {
            int after = linesEnd(blocks, verdicts, i + 1);
            boolean overSubHeading = after == i + 1 && after < blocks.size()
                    && isHeading(blocks.get(after), verdicts.get(after));
            if (after == i + 1 && !overSubHeading) break;
            sections++;
            last = after;
            i = after;
        }
        if (sections < MIN_SECTIONS || last == end) return end;
        for (int j = end; j < last; j++) {
            if (isHeading(blocks.get(j), verdicts.get(j))) {
                verdicts.set(j, Verdict.PROSE);
            } else {
                DataLists.mark(blocks, verdicts, j, j + 1);
            }
        }
        return last;
    }

    /** True when the run sets a sub-heading in capitals over more of its own blocks. */
    private static boolean setsCapitalHeading(List<Candidate> blocks, List<Verdict> verdicts, int start, int end) {
        for (int i = start; i < end - 1; i++) {
            if (isHeading(blocks.get(i), verdicts.get(i)) && verdicts.get(i + 1) == Verdict.PROSE) return true;
        }
        return false;
    }

    /**
     * Where the lines under a sub-heading end (exclusive): a few plain short lines, then bullets; a plain line under
     * a bullet goes on with it only when the bullet broke off at a comma.
     */
    private static int linesEnd(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int plain = 0;
        int bullets = 0;
        int j = from;
        for (; j < blocks.size() && isLine(blocks.get(j), verdicts.get(j)); j++) {
            Candidate c = blocks.get(j);
            if (c.kind() == Candidate.Kind.LIST_ITEM) {
                if (++bullets > MAX_BULLETS) return from;
            } else if (bullets > 0 && !blocks.get(j - 1).text().stripTrailing().endsWith(",")
                    || bullets == 0 && ++plain > MAX_PLAIN_LINES) {
                break;
            }
        }
        return bullets == 0 && plain > MAX_PLAIN_LINES ? from : j;
    }

    /** A short line that may stand under a sub-heading: no heading itself, no site's noise. */
    private static boolean isLine(Candidate c, Verdict v) {
        return v == Verdict.SHORT && c.words() <= IntroducedLists.MAX_ITEM_WORDS && !isHeading(c, v);
    }

    /**
     * A sub-heading set in capitals, a few words with perhaps a closing colon, heading none of the boxes a site
     * sets under its articles.
     */
    static boolean isHeading(Candidate c, Verdict v) {
        String text = c.text().strip();
        long letters = text.chars().filter(Character::isLetter).count();
        if (v != Verdict.SHORT && v != Verdict.PROSE || c.kind() != Candidate.Kind.PARAGRAPH
                || c.words() > MAX_HEADING_WORDS || letters < MIN_HEADING_LETTERS
                || text.chars().anyMatch(Character::isLowerCase)) {
            return false;
        }
        String key = Boilerplate.key(text);
        return !Boilerplate.headsWidget(key) && !Boilerplate.endsArticle(text, key) && !Boilerplate.headsSidebar(text)
                && !Boilerplate.isNoise(text) && !CallsToAction.asks(text);
    }
}
