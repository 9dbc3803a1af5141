package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A headline the header prints twice above the text (over the byline, and again in a share widget or over the
 * picture): a line no other header line repeats, so its second copy names the story whatever stands nearer the text
 * (a caption, a standfirst's first words).
 */
final class DoubledHeadlines {

    /** How far apart the copies stand: a dateline and a share button between, no teasers or sections. */
    private static final int MAX_GAP = 4;
    /** A line closing on a quotation it opens ("Name: “…”", „…“): a quoted subtitle, no headline. */
    private static final Pattern QUOTATION = Pattern.compile(".*[„“”\"«»].+[“”\"»«][.!?…]?");

    private DoubledHeadlines() {
    }

    /**
     * The index of the lower copy of a headline-shaped line set twice between {@code from} and {@code start}, one
     * that tells of the text (shares a word of {@code bodyWords}); or -1. The search stops at a box's end.
     */
    static int find(List<Candidate> blocks, List<Verdict> verdicts, int start, int from, Set<String> bodyWords) {
        Map<String, Integer> lower = new HashMap<>();
        int found = -1;
        for (int i = start - 1; i >= from && !TitleFinder.endsBox(verdicts.get(i), blocks.get(i).text()); i--) {
            String text = blocks.get(i).text();
            if (!TitleFinder.headlineShaped(text, verdicts.get(i)) || TitleFinder.isFurniture(text)
                    || QUOTATION.matcher(text.strip()).matches()) {
                continue; // a quotation printed twice is the subtitle's, a pull quote's
            }
            Integer copy = lower.putIfAbsent(text.strip().toLowerCase(Locale.ROOT), i);
            if (copy == null || copy - i > MAX_GAP || ContentWords.sharedDistinct(text, bodyWords) == 0) continue;
            if (found >= 0) return -1; // two lines repeated: a list set twice, not a headline
            found = copy;
        }
        return found;
    }
}
