package dev.newsdesk.parse.html;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A media object: a box that sets a picture beside a box of text (Bootstrap's "media" and "media-body", BEM's
 * "o-media__img" and "o-media__body"). Beside the article's element such a box holds the story's next paragraphs,
 * but its name weighs it down as a gallery's would, and a box it sets by the picture (a donation appeal) may count
 * against it too, so it scores too low to join the article; its text box, which scores as the article's paragraphs
 * do, joins alone.
 */
final class MediaObject {

    private MediaObject() {
    }

    /**
     * The text box of {@code box} when {@code box} is a media object whose text box scores at least {@code threshold}
     * among {@code finals}; null otherwise.
     */
    static Element textOf(Element box, Map<Element, Double> finals, double threshold) {
        if (!ClassHints.names(box).toLowerCase(Locale.ROOT).contains("media")) return null;
        boolean picture = false;
        Element text = null;
        double best = threshold;
        for (Element child : box.children()) {
            if (isPicture(child)) {
                picture = true;
                continue;
            }
            Double score = finals.get(child);
            if (score != null && score >= best) {
                best = score;
                text = child;
            }
        }
        return picture ? text : null;
    }

    /** A picture, or a box that holds only one (a link or a frame around it). */
    private static boolean isPicture(Element e) {
        if (e.nameIs("figure") || e.nameIs("picture") || e.nameIs("img")) return true;
        return e.childrenSize() == 1 && isPicture(e.child(0)) && e.ownText().isBlank();
    }
}
