package dev.newsdesk.parse.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Pages that keep their article inside an HTML comment until a script (a consent banner's, a paywall's) takes the
 * comment marks away: the served page shows no article, a browser that runs the script shows it. When a page gives
 * no article text, its longest comment that holds a few paragraphs of markup is read as markup in its place.
 */
final class CommentedArticle {

    /** Paragraphs a comment needs to hold an article, not a commented-out tag or a line of old markup. */
    private static final int MIN_PARAGRAPHS = 3;
    private static final Pattern PARAGRAPH = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);

    private CommentedArticle() {
    }

    /**
     * Replaces, in {@code doc}, the longest comment holding {@link #MIN_PARAGRAPHS} or more {@code <p>} tags with
     * the markup it holds; false when the page has no such comment (and {@code doc} is left as it was).
     */
    static boolean uncomment(Document doc) {
        Comment[] longest = new Comment[1];
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment c && (longest[0] == null || c.getData().length() > longest[0].getData()
                    .length()) && paragraphs(c.getData()) >= MIN_PARAGRAPHS) {
                longest[0] = c;
            }
        }, doc);
        if (longest[0] == null || longest[0].parent() == null) return false;
        longest[0].after(longest[0].getData());
        longest[0].remove();
        return true;
    }

    private static int paragraphs(String markup) {
        Matcher m = PARAGRAPH.matcher(markup);
        int n = 0;
        while (n < MIN_PARAGRAPHS && m.find()) n++;
        return n;
    }
}
