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
 * A news ticker set under the story ("Live", "Latest news"): the site's headlines, each after the time it came in
 * ("14:32 Minister resigns"), a short item's paragraph under some. The items' paragraphs read as prose, so the
 * article's run carries on into the ticker; its first time is where the story ended. A live blog's entries are
 * timed too, but each stamp heads the entry's own paragraphs: headline under headline is a ticker's.
 */
final class NewsTickers {

    /** A clock time opening a line, "14:32" or "14h32", and what follows it. */
    private static final Pattern STAMP = Pattern.compile("^(?:[01]?\\d|2[0-3])[:h][0-5]\\d(?:\\s+(.*))?$");
    /** Fewer headlines in a row than this are a story's timeline ("9:15 The train left"), not a ticker. */
    private static final int MIN_HEADLINES = 4;
    /** Fewer words than this after the time are a post's stamp ("6:32 PM"), not a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private NewsTickers() {
    }

    /** {@code range} ended at the first time under its prose that a ticker's headlines follow. */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        boolean proseAbove = false;
        for (int i = range.start(); i < range.end(); i++) {
            boolean stamped = STAMP.matcher(blocks.get(i).text().strip()).matches();
            if (proseAbove && stamped && headlinesFollow(blocks, i)) {
                return new MainRegion.Range(range.start(), i);
            }
            if (!stamped && verdicts.get(i) == Verdict.PROSE) proseAbove = true;
        }
        return range;
    }

    /**
     * True when the page from {@code from} on holds enough timed headlines, each right above the next time (the ticker
     * may run on below the article's run).
     */
    private static boolean headlinesFollow(List<Candidate> blocks, int from) {
        int headlines = 0;
        for (int i = from; i + 1 < blocks.size() && headlines < MIN_HEADLINES; i++) {
            if (isTimedHeadline(blocks.get(i).text()) && STAMP.matcher(blocks.get(i + 1).text().strip()).matches()) {
                headlines++;
            }
        }
        return headlines >= MIN_HEADLINES;
    }

    private static boolean isTimedHeadline(String text) {
        Matcher m = STAMP.matcher(text.strip());
        return m.matches() && m.group(1) != null && Words.count(m.group(1)) >= MIN_HEADLINE_WORDS
                && !BlockScorer.endsLikeSentence(m.group(1));
    }
}
