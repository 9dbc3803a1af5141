package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;

/**
 * The lines only a comment form prints ({@link Boilerplate#isCommentForm}: "Cancel reply", "Your email address will
 * not be published. Required fields are marked *"). They ask for the reader's words and never give the article's,
 * yet the notice reads as a sentence: on a page whose article is a table or a list of short lines it would be the
 * only prose, and so the whole article.
 */
final class CommentForms {

    private CommentForms() {
    }

    /** Turns the form's lines into noise, in place. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i < blocks.size(); i++) {
            if (Boilerplate.isCommentForm(blocks.get(i).text())) verdicts.set(i, Verdict.NOISE);
        }
    }
}
