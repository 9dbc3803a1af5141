package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A short story under the page's headline, closed by a heading that ends the article ("Related posts"): the
 * article, though the other texts' excerpts after that heading run longer, when those stand outside the element
 * that holds both the headline and the story.
 */
final class HeadlineRun {

    private HeadlineRun() {
    }

    /**
     * The story's run between the headline and the first wall below it when {@code range} (of {@code chosen}, the
     * blocks of {@code all} at {@code chosenAt}, weighing {@code weights}) lies past that wall outside the story's
     * element; else {@code range}.
     */
    static MainRegion.Range prefer(List<Candidate> chosen, List<Integer> chosenAt, List<HtmlBlock> all,
                                   double[] weights, Element headline, MainRegion.Range range) {
        if (headline == null || range.isEmpty() || !wallBefore(weights, range.start())) return range;
        int headlineAt = 0;
        while (headlineAt < all.size() && !ArticlePlace.within(all.get(headlineAt).owner(), headline)) headlineAt++;
        int from = 0;
        while (from < chosen.size() && chosenAt.get(from) < headlineAt) from++;
        int wall = from;
        while (wall < chosen.size() && !Double.isNaN(weights[wall])) wall++;
        if (wall >= range.start()) return range;
        MainRegion.Range story = MainRegion.find(chosen.subList(from, wall), Arrays.copyOfRange(weights, from, wall));
        story = new MainRegion.Range(from + story.start(), from + story.end());
        if (MainRegion.score(weights, story) < MainRegion.MIN_STORY_WEIGHT) return range;
        Element home = common(headline, all.get(chosenAt.get(story.end() - 1)).owner());
        if (home == null || ArticlePlace.within(all.get(chosenAt.get(range.start())).owner(), home)) return range;
        return story;
    }

    /** A wall (NaN) stands among the first {@code end} weights. */
    private static boolean wallBefore(double[] weights, int end) {
        for (int i = 0; i < end; i++) if (Double.isNaN(weights[i])) return true;
        return false;
    }

    /** The nearest element around both {@code a} and {@code b} below the body, or null. */
    private static Element common(Element a, Element b) {
        for (Element x = a; x != null && !x.nameIs("body") && !x.nameIs("html"); x = x.parent()) {
            if (ArticlePlace.within(b, x)) return x;
        }
        return null;
    }
}
