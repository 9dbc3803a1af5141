package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short lines of a forum thread's posts are the posts' own. A post is written as a chat is, a line or two at a
 * time ("thanks,", "My cost - $1000 for the title"), lines that alone would pass for chrome; once the thread is read
 * as the article ({@link ForumThreads}), they stay. What stays out is the frame around the posts: a line that comes
 * back post after post ("Quote", "Top", "Posted by"), a labelled value whose label does ("Posts: 722", "Joined:
 * …", "Re: the thread's title"), a poster's name or rank alone, a date or a byline, and the line that opens a quoted
 * post ("jane wrote:") unless it stands over the quotation, which {@link ForumQuotes} then keeps with it.
 */
final class ForumPostLines {

    /** A post frame's line comes back with each post ({@link ForumThreads}): a line quoted once or twice is a post's. */
    private static final int FRAME_RETURNS = ForumThreads.MIN_POSTS;
    /** A label: a few words and a colon opening the line. */
    private static final Pattern LABEL = Pattern.compile("^([^:]{1,24}):\\s");
    /**
     * A line of one or two words closed by a colon (and an arrow back to the post): the line opening a quote ("jane
     * wrote:"), or a frame's label alone ("Quote:", "Edit:"), which the regex cannot tell apart ({@link ForumQuotes}
     * asks for a poster's name).
     */
    private static final Pattern QUOTE_HEADER = Pattern.compile("^\\S+(?: \\S+)?:[^\\p{L}\\p{N}]*$");

    private ForumPostLines() {
    }

    /**
     * {@code range}, a forum thread, widened over the short lines of its first and last post, with the short lines of
     * its posts marked, in place, as prose. Lines and labels are counted over the whole page: the first post's frame
     * may stand above the run.
     */
    static MainRegion.Range keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (Candidate c : blocks) {
            String text = c.text().strip();
            lines.merge(text, 1, Integer::sum);
            String label = label(text);
            if (label != null) labels.merge(label, 1, Integer::sum);
        }
        int start = range.start();
        while (start > 0 && isPostLine(blocks.get(start - 1), verdicts.get(start - 1), lines, labels)) start--;
        int end = range.end();
        while (end < blocks.size() && isPostLine(blocks.get(end), verdicts.get(end), lines, labels)) end++;
        for (int i = start; i < end; i++) {
            if (isPostLine(blocks.get(i), verdicts.get(i), lines, labels)) verdicts.set(i, Verdict.PROSE);
        }
        return start == range.start() && end == range.end() ? range : new MainRegion.Range(start, end);
    }

    /** True when {@code c} is a short line of a post's own words, not of the frame around it. */
    private static boolean isPostLine(Candidate c, Verdict v, Map<String, Integer> lines, Map<String, Integer> labels) {
        String text = c.text().strip();
        if (v != Verdict.SHORT || c.words() < 2 || lines.get(text) >= FRAME_RETURNS) return false;
        String label = label(text);
        return (label == null || labels.get(label) < FRAME_RETURNS) && !opensQuote(text)
                && !Dates.isDateline(text) && Bylines.authors(text) == null;
    }

    /** Whether {@code text} may open a quoted post ("jane wrote:", "jane wrote: ↑"), or is a label alone ("Edit:"). */
    static boolean opensQuote(String text) {
        return QUOTE_HEADER.matcher(text).matches();
    }

    /** The label opening {@code text} ("Posts" of "Posts: 722"), or null. */
    static String label(String text) {
        Matcher m = LABEL.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
