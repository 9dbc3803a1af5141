package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A blog's post title under the blog's own {@code <h1>}: when the {@code <h1>} is the site's name, the part of the
 * {@code <title>} before or after its separator ("Blog name: Post title"), and a heading below it, before the story's
 * first paragraph, repeats the rest of the {@code <title>} (or its far part, past a middle one: "Blog name » Blog
 * Archive » Post title"), that heading is the post's title, and the article stands under it. A site's name set as a
 * heading above a headline {@code <h1>}, or below the story, is not looked at.
 */
final class PostHeading {

    /**
     * The separators of {@link HtmlMetadata#TITLE_SEPARATOR}, the colon blog platforms put after the name, and the
     * guillemet of WordPress's themes ("Blog name » Blog Archive » Post title").
     */
    private static final Pattern SEPARATOR =
            Pattern.compile(HtmlMetadata.TITLE_SEPARATOR.pattern() + "|:\\s+|\\s+»\\s+");
    private static final Evaluator HEADINGS_AND_PARAGRAPHS = QueryParser.parse("h1, h2, h3, h4, p");
    /** A paragraph this long is the story's text (a blog's tagline under its name is shorter). */
    private static final int STORY_PARAGRAPH_WORDS = 20;

    private PostHeading() {
    }

    /**
     * The title the article stands under: the post's heading when the body's first {@code <h1>} is the site's name
     * over it, so that the logo, which the {@code <title>} also holds, is not taken for the headline; else
     * {@code pageTitle}. {@code headlines}: the page's {@code <h1>}s and marked headlines, in document order.
     */
    static String articleTitle(List<Element> headlines, String pageTitle, Element body) {
        for (Element h : headlines) { // the walk's headlines, in document order: no second walk of the page for it
            if (h.normalName().equals("h1")) {
                String post = below(h, Words.squash(pageTitle), body);
                return post != null ? post : pageTitle;
            }
        }
        return pageTitle;
    }

    /** The text of the heading below {@code h1} that names the post when {@code h1} is the site's name, else null. */
    static String below(Element h1, String pageTitle, Element body) {
        String rest = restOfTitle(HtmlMetadata.letters(h1.text()), pageTitle);
        if (rest == null || Words.count(rest) < 2) return null;
        String wanted = HtmlMetadata.letters(rest);
        // a middle part between the site's name and the post's title ("Blog Archive"), which the heading leaves out
        String farPart = farPart(rest, pageTitle.endsWith(rest));
        // the elements after the h1 only, stepped to in document order: a query would collect the whole body's
        for (Element e = DocumentOrder.next(h1, body); e != null; e = DocumentOrder.next(e, body)) {
            if (!HEADINGS_AND_PARAGRAPHS.matches(body, e)) continue;
            if (e.normalName().equals("p")) {
                if (Words.count(e.text()) >= STORY_PARAGRAPH_WORDS) return null; // the story began: no heading over it
            } else if (!e.normalName().equals("h1") && isPostTitle(e, wanted, farPart)) {
                return Words.squash(e.text());
            }
        }
        return null;
    }

    /** Whether {@code heading}'s text is the rest of the {@code <title>}, or the far part of it (null when none). */
    private static boolean isPostTitle(Element heading, String rest, String farPart) {
        String text = HtmlMetadata.letters(heading.text());
        return text.equals(rest) || text.equals(farPart);
    }

    /**
     * The part of {@code rest} farthest from the site's name, in letters, when {@code rest} has parts of its own and
     * that one has two words or more; else null. {@code afterSite}: the name comes first in the {@code <title>}.
     */
    private static String farPart(String rest, boolean afterSite) {
        String[] parts = SEPARATOR.split(rest);
        if (parts.length < 2) return null;
        String far = afterSite ? parts[parts.length - 1] : parts[0];
        return Words.count(far) < 2 ? null : HtmlMetadata.letters(far);
    }

    /** The part of {@code pageTitle} beside {@code site} when the first or the last part is {@code site}, or null. */
    private static String restOfTitle(String site, String pageTitle) {
        Matcher m = SEPARATOR.matcher(pageTitle);
        if (site.isEmpty() || !m.find()) return null;
        if (HtmlMetadata.letters(pageTitle.substring(0, m.start())).equals(site)) return pageTitle.substring(m.end());
        int lastStart = m.start();
        int lastEnd = m.end();
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        boolean siteLast = HtmlMetadata.letters(pageTitle.substring(lastEnd)).equals(site);
        return siteLast ? pageTitle.substring(0, lastStart) : null;
    }
}
