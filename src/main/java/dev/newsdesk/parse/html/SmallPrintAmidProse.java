package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;

/**
 * A paragraph of the article that its words alone call small print: a story on privacy, advertising or human rights
 * says "cookies", "advertisers", "terms" and "rights" as a site's notice does. Set in the article's element between
 * paragraphs of prose (or under a subheading, over prose), and prose but for those words, it is the article's; a
 * site's notice stands apart from the text (a footer, a banner) or closes it.
 */
final class SmallPrintAmidProse {

    private SmallPrintAmidProse() {
    }

    /** Sets the verdict of each such paragraph in {@code range} to prose. */
    static void keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, BlockScorer scorer) {
        for (int i = range.start() + 1; i + 1 < range.end(); i++) {
            if (verdicts.get(i) == Verdict.NOISE && opensOrGoesOn(blocks.get(i - 1), verdicts.get(i - 1))
                    && verdicts.get(i + 1) == Verdict.PROSE && blocks.get(i).kind() == Candidate.Kind.PARAGRAPH
                    && scorer.judgeAsText(blocks.get(i)) == Verdict.PROSE) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /** Whether the block above goes on with the article's text: prose, or a subheading that opens a section. */
    private static boolean opensOrGoesOn(Candidate above, Verdict verdict) {
        return verdict == Verdict.PROSE || verdict == Verdict.SHORT && above.kind() == Candidate.Kind.HEADING;
    }
}
