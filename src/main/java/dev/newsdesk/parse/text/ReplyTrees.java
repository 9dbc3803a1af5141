package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a forum's tree of replies under a post: one line per reply, its title or first words signed with the
 * poster's name in brackets and the day and time ("还是素质问题【柠檬沁心】08-11 17:20 124字 [137/0]", "Re: prices
 * [jdoe] 08-11 17:20"), a size and a count of reads after. A reply's words may read as prose, and the tree outweighs
 * the post it hangs from.
 */
final class ReplyTrees {

    /** A signature closing the line: a bracketed name, the day and time, at most a short tally after them. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "[【\\[]\\s*[^】\\]\\s][^】\\]]{0,23}[】\\]]\\s*\\d{1,2}[-/]\\d{1,2}\\s+\\d{1,2}:\\d{2}[^【】\\[\\]]{0,12}(?:\\[[\\d/]{1,12}])?\\s*$");
    /** A tree has several replies; one signed line may be a story's credit. */
    private static final int MIN_REPLIES = 3;

    private ReplyTrees() {
    }

    /** Turns the verdict on each reply of a tree into {@link Verdict#NOISE}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        List<Integer> replies = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            // the cheap test first: most blocks hold no closing bracket at all
            if ((text.indexOf('】') >= 0 || text.indexOf(']') >= 0) && SIGNATURE.matcher(text).find()) replies.add(i);
        }
        if (replies.size() < MIN_REPLIES) return;
        for (int i : replies) verdicts.set(i, Verdict.NOISE);
    }
}
