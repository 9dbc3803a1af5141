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
 * no article text, its longest comment that holds a few paragraphs of markup is read as markup in its place. A comment
 * left open (its {@code -->} forgotten above the story) swallows the rest of the page, the page's end tags too: it
 * is read so whatever markup it holds, a story written in {@code <div>}s or lines as well as one in paragraphs.
 */
final class CommentedArticle {

    /** Paragraphs a comment needs to hold an article, not a commented-out tag or a line of old markup. */
    private static final int MIN_PARAGRAPHS = 3;
    private static final Pattern PARAGRAPH = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    /** The page's own end: a comment holding it was left open. */
    private static final Pattern PAGE_END = Pattern.compile("</(?:body|html)\\s*>", Pattern.CASE_INSENSITIVE);

    private CommentedArticle() {
    }

    /**
     * Replaces, in {@code doc}, the longest comment holding {@link #MIN_PARAGRAPHS} or more {@code <p>} tags, or the
     * page's end, with the markup it holds; false when the page has no such comment (and {@code doc} is left as it
     * was).
     */
    static boolean uncomment(Document doc) {
        Comment[] longest = new Comment[1];
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment c && (longest[0] == null || c.getData().length() > longest[0].getData()
                    .length()) && holdsArticle(c.getData())) {
                longest[0] = c;
            }
        }, doc);
        if (longest[0] == null || longest[0].parent() == null) return false;
        longest[0].after(longest[0].getData());
        longest[0].remove();
        return true;
    }

    private static boolean holdsArticle(String markup) {
        return paragraphs(markup) >= MIN_PARAGRAPHS || PAGE_END.matcher(markup).find();
    }

    private static int paragraphs(String markup) {
        Matcher m = PARAGRAPH.matcher(markup);
        int n = 0;
        while (n < MIN_PARAGRAPHS && m.find()) n++;
        return n;
    }
}
