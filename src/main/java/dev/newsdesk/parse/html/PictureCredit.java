package dev.newsdesk.parse.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** A picture, its caption or its credit: a name there is the photographer's or the agency's, not the writer's. */
final class PictureCredit {

    /** What the class or id of a picture's credit or caption contains. */
    private static final String[] WORDS = {"credit", "caption", "image", "photo", "foto", "bild", "picture", "gallery"};
    /** How far up from an element the picture is looked for. */
    private static final int DEPTH = 3;

    private PictureCredit() {
    }

    /**
     * True when {@code e} is a picture's credit or caption, or inside one; with {@code copyrightNamed} an element
     * named "copyright" counts as one too (a credit line under a picture), where a page's own copyright line is not
     * what is looked for.
     */
    static boolean around(Element e, boolean copyrightNamed) {
        for (int up = 0; e != null && up < DEPTH; up++, e = e.parent()) {
            if (e.normalName().equals("figure") || e.normalName().equals("figcaption")) return true;
            String names = ClassHints.names(e).toLowerCase(Locale.ROOT);
            if (copyrightNamed && names.contains("copyright")) return true;
            for (String word : WORDS) if (names.contains(word)) return true;
        }
        return false;
    }
}
