package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a blog post's footer sentence, "This entry was posted on … and is filed under …. You can follow any responses
 * through the RSS 2.0 feed. Responses are closed, but you can trackback…", which blog themes print in every language.
 * It reads as prose and, under a post of short lines (a list of dates, a recipe), outweighs the post.
 */
final class PostFooters {

    /** The feed and trackback words the footer names whatever the language; a story rarely says them. */
    private static final Pattern FEED_WORDS = Pattern.compile("\\brss 2\\.0\\b|\\btrack-?backs?\\b|\\bpingbacks?\\b");
    /** Longer than this, a block is a story's paragraph, whatever it names. */
    private static final int MAX_WORDS = 80;

    private PostFooters() {
    }

    /** Turns the verdict on each post footer into {@link Verdict#NOISE}. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i < blocks.size(); i++) {
            Candidate c = blocks.get(i);
            if (verdicts.get(i) == Verdict.PROSE && c.words() <= MAX_WORDS
                    && FEED_WORDS.matcher(c.text().toLowerCase(Locale.ROOT)).find()) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }
}
