package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The text of a post the article embeds (a tweet's words): a short quoted line that links at its end (its tags, its
 * short address) and often ends without a stop, so it reads as another story's teaser. Inside an element named for
 * an embedded post it is the post the article quotes. Its closing credit ("— City Hall (@cityhall) November 18")
 * opens with a dash and is judged as before. A post right under the story's last paragraph closes the story.
 */
final class EmbeddedPostText {

    private EmbeddedPostText() {
    }

    /** Sets the verdict of each short quoted line of an embedded post in {@code range} to prose. */
    static void keep(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i < range.end(); i++) {
            Candidate c = blocks.get(i).candidate();
            if (verdicts.get(i) == Verdict.SHORT && c.kind() == Candidate.Kind.QUOTE && !opensWithDash(c.text())
                    && inEmbeddedPost(blocks.get(i).owner())) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /**
     * {@code range} run on over the blocks of an embedded post right under its last block, when that is prose: a
     * post the story closes on, as a closing picture is the story's.
     */
    static MainRegion.Range withClosingPost(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty() || verdicts.get(range.end() - 1) != Verdict.PROSE) return range;
        int end = range.end();
        while (end < blocks.size() && blocks.get(end).candidate().kind() == Candidate.Kind.QUOTE
                && verdicts.get(end) != Verdict.END && inEmbeddedPost(blocks.get(end).owner())) {
            end++;
        }
        return end == range.end() ? range : new MainRegion.Range(range.start(), end);
    }

    private static boolean opensWithDash(String text) {
        return !text.isEmpty() && "—–-".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean inEmbeddedPost(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (ClassHints.namesEmbeddedPost(at)) return true;
        }
        return false;
    }
}
