package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post the article embeds (a tweet), as a dump prints it: its words, a line or a few, often short and closed by a
 * link or tags instead of a stop, then its credit ("— City Hall (@cityhall) November 18, 2019"). The sorter takes
 * the words for a teaser's, so the post the paragraphs talk about goes; the HTML reader keeps it (its markup names
 * the post). The credit marks the post, in any language: it names the account and the day. The words stay; the
 * credit stays out as a byline would, unless the dump ran the post's last words into its line.
 */
final class EmbeddedPosts {

    /**
     * The credit: the poster's name (from the line's start, or after a dash that parts it from the post's last
     * words), the account's handle in brackets, then the day with its year. A dump may drop the dash that opens it.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|\\s[—–-]\\s*)[^\\s—–][^—–]{0,79}\\(@\\w{1,30}\\)"
                    + "[^()]{0,30}\\b(?:19|20)\\d\\d\\b[^()]{0,12}$");
    /** A post's words run over this many lines at most (a few lines of a verse or a list); more is not one post. */
    private static final int MAX_LINES = 4;
    /** A post is this long at most (280 characters, its link and tags beside). */
    private static final int MAX_CHARS = 400;

    private EmbeddedPosts() {
    }

    /** Marks, in place, as prose the words of each embedded post inside {@code range}: the lines over its credit. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start() + 1; i < range.end(); i++) {
            if (verdicts.get(i) == Verdict.PROSE || !isCredit(blocks.get(i).text())) continue;
            int first = i;
            while (first - 1 > range.start() && i - (first - 1) <= MAX_LINES
                    && postLine(blocks, verdicts, first - 1)) {
                first--;
            }
            for (int j = first; j < i; j++) verdicts.set(j, Verdict.PROSE);
            if (holdsWords(blocks.get(i).text())) verdicts.set(i, Verdict.PROSE);
        }
    }

    /**
     * {@code range} run on over an embedded post right under its last paragraph: a post the story closes on, as
     * the HTML reader takes it.
     */
    static MainRegion.Range withClosingPost(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty() || verdicts.get(range.end() - 1) != Verdict.PROSE) return range;
        for (int i = range.end(); i < blocks.size() && i - range.end() <= MAX_LINES; i++) {
            if (isCredit(blocks.get(i).text())) return new MainRegion.Range(range.start(), i + 1);
            if (!postLine(blocks, verdicts, i)) break;
        }
        return range;
    }

    /** True when block {@code i} may be a line of a post's words: no paragraph, end mark or other post's credit. */
    private static boolean postLine(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        Verdict verdict = verdicts.get(i);
        String text = blocks.get(i).text();
        return (verdict == Verdict.SHORT || verdict == Verdict.NOISE) && text.length() <= MAX_CHARS
                && !isCredit(text);
    }

    /** True when the credit's line opens with the post's last words, the dash between them. */
    private static boolean holdsWords(String line) {
        Matcher credit = CREDIT.matcher(line.strip());
        return credit.find() && credit.start() > 0;
    }

    private static boolean isCredit(String line) {
        return CREDIT.matcher(line.strip()).find() && !Bylines.mayOpenByline(line);
    }
}
