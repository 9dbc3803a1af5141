package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;

/**
 * The box a page sets on the writer under the story ("About the author", the name, a note) ends the article, even
 * when the run goes on past it: a magazine or a blog sets the writer's other pieces, the post's tags and the readers'
 * comments under the box, and as those read as prose the run takes them in, so the box is not its last lines and
 * {@link Promos} cannot trim it off.
 */
final class WritersBoxes {

    /**
     * The paragraphs of the story above the box: with fewer, the box stands in the article's header (a label over the
     * byline's writer, then the text), not under it.
     */
    private static final int MIN_PROSE_ABOVE = 3;

    private WritersBoxes() {
    }

    /** {@code range} ending before the first box on the writer under some of its paragraphs. */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int prose = 0;
        for (int i = range.start(); i < range.end() - 2; i++) {
            if (prose >= MIN_PROSE_ABOVE && AuthorBlurbs.opensWritersBox(blocks, i)
                    && !storyGoesOn(verdicts, i + 3)) {
                return new MainRegion.Range(range.start(), i);
            }
            if (verdicts.get(i) == Verdict.PROSE) prose++;
        }
        return range;
    }

    /**
     * Whether two paragraphs follow the box's note: the story goes on past a box set inside it (a review's box on the
     * book's author), where under the writer's box come headlines of other pieces (one, asking, may read as prose), a
     * comment's name line or the date.
     */
    private static boolean storyGoesOn(List<Verdict> verdicts, int afterNote) {
        return afterNote + 1 < verdicts.size() && verdicts.get(afterNote) == Verdict.PROSE
                && verdicts.get(afterNote + 1) == Verdict.PROSE;
    }
}
