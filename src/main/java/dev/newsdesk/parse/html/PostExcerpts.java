package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * Excerpts of other posts that a blog lists under a post ("Next up", "More from the blog"): paragraphs cut off by the
 * bracketed ellipsis a CMS sets at an excerpt's end ("... the first lines of another post […]"). They read as prose,
 * so they would carry the article on into the list. Two at least make a list of them; a quote never counts, as a
 * quotation cut short ends the same way.
 */
final class PostExcerpts {

    /** One excerpt may be a paragraph that quotes a cut passage; a list of them is other posts. */
    private static final int MIN_EXCERPTS = 2;

    private PostExcerpts() {
    }

    /** Sets the verdict of each excerpt among {@code blocks} to chrome when they are a list of them. */
    static void markAsChrome(List<Candidate> blocks, List<Verdict> verdicts) {
        int excerpts = 0;
        for (Candidate c : blocks) if (isExcerpt(c)) excerpts++;
        if (excerpts < MIN_EXCERPTS) return;
        for (int i = 0; i < blocks.size(); i++) {
            if (isExcerpt(blocks.get(i))) verdicts.set(i, Verdict.NOISE);
        }
    }

    /** A paragraph that ends with "[…]" or "[...]", spaces aside. */
    static boolean isExcerpt(Candidate c) {
        if (c.kind() != Candidate.Kind.PARAGRAPH) return false;
        String t = c.text();
        int end = t.length() - 1;
        while (end >= 0 && Character.isWhitespace(t.charAt(end))) end--;
        if (end < 2 || t.charAt(end) != ']') return false;
        int open = t.lastIndexOf('[', end);
        return open >= 0 && end - open <= 4 && isEllipsis(t.substring(open + 1, end).strip());
    }

    private static boolean isEllipsis(String s) {
        return s.equals("…") || s.equals("...");
    }
}
