package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A lead picture's caption set as a paragraph between the headline and the story: the picture's, never the
 * article's standfirst. Known by its box: the paragraph is the only text of a box close above it that shows the
 * picture before it (a caption is set under its picture; a lead set above a picture in a text-and-picture box is no
 * caption).
 */
final class PictureCaptionBlock {

    /** How far up from a block its picture's box may be. */
    private static final int DEPTH = 3;
    /** Parsed once, as the parser's other queries are. */
    private static final Evaluator PICTURE = QueryParser.parse("img, picture");

    private PictureCaptionBlock() {
    }

    /** True when {@code block} is a picture's caption (see the class comment). */
    static boolean is(HtmlBlock block) {
        String text = block.candidate().text();
        Element child = block.owner();
        for (int up = 1; child.parent() != null && up < DEPTH; up++, child = child.parent()) {
            if (child.parent().text().length() > text.length() + 1) return false;
            for (Element s = child.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (s.nameIs("img") || s.nameIs("picture") || s.selectFirst(PICTURE) != null) return true;
            }
        }
        return false;
    }
}
