package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Image;
import java.util.List;

/**
 * The picture shown with the headline: the one the page declares for sharing ({@code og:image}, JSON-LD), which
 * takes its alt text, caption and credit from the article's own figure of it when there is one; else the article's
 * first picture.
 */
final class LeadImage {

    private LeadImage() {
    }

    static Image choose(Image declared, List<Block> blocks) {
        Block first = null;
        for (Block b : blocks) {
            if (b.type() != Block.Type.IMAGE) continue;
            if (first == null) first = b;
            if (declared != null && sameFile(declared.url(), b.url())) {
                return new Image(declared.url(), or(declared.alt(), b.alt()), or(declared.caption(), b.caption()),
                        or(declared.credit(), b.credit()), declared.width(), declared.height());
            }
        }
        if (declared != null) return declared;
        return first == null ? null : new Image(first.url(), first.alt(), first.caption(), first.credit(), null, null);
    }

    /** One picture at two sizes or through two CDNs' query strings is still one picture: same file name. */
    private static boolean sameFile(String a, String b) {
        return a.equals(b) || fileName(a).length() > 4 && fileName(a).equals(fileName(b));
    }

    private static String fileName(String url) {
        int end = url.indexOf('?');
        String path = end < 0 ? url : url.substring(0, end);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
