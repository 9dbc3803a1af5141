package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a blog post's footer sentence, "This entry was posted on … and is filed under …. You can follow any responses
 * through the RSS 2.0 feed. Responses are closed, but you can trackback…", which blog themes print in every language.
 * It reads as prose: in a dump, under a post of short lines (a list of dates, a recipe), it outweighs the post; in
 * markup it stands inside the post's element, where a paragraph is the article's.
 */
public final class PostFooters {

    /**
     * The feed and trackback words the footer names whatever the language; a story rarely says them. Matched in any
     * case, looked for first by what each holds in every case it is written in ("2.0", "back", "Back", "BACK").
     */
    private static final Guarded FEED_WORDS = new Guarded(Pattern.compile(
            "\\brss 2\\.0\\b|\\btrack-?backs?\\b|\\bpingbacks?\\b", Pattern.CASE_INSENSITIVE),
            "2.0", "back", "Back", "BACK");
    /** Longer than this, a block is a story's paragraph, whatever it names. */
    private static final int MAX_WORDS = 80;

    private PostFooters() {
    }

    /** Turns the verdict on each post footer into {@link Verdict#NOISE}. */
    public static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i < blocks.size(); i++) {
            Candidate c = blocks.get(i);
            if (verdicts.get(i) == Verdict.PROSE && c.words() <= MAX_WORDS
                    && FEED_WORDS.findFromWordStarts(c.text())) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }
}
