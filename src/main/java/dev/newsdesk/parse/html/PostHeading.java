package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A blog's post title under the blog's own {@code <h1>}: when the {@code <h1>} is the site's name, the part of the
 * {@code <title>} before or after its separator ("Blog name: Post title"), and a heading below it, before the story's
 * first paragraph, repeats the rest of the {@code <title>}, that heading is the post's title. A site's name set as a
 * heading above a headline {@code <h1>}, or below the story, is not looked at.
 */
final class PostHeading {

    /** The separators of {@link HtmlMetadata#TITLE_SEPARATOR}, and the colon blog platforms put after the name. */
    private static final Pattern SEPARATOR = Pattern.compile(HtmlMetadata.TITLE_SEPARATOR.pattern() + "|:\\s+");
    private static final Evaluator HEADINGS_AND_PARAGRAPHS = QueryParser.parse("h1, h2, h3, h4, p");
    /** A paragraph this long is the story's text (a blog's tagline under its name is shorter). */
    private static final int STORY_PARAGRAPH_WORDS = 20;

    private PostHeading() {
    }

    /** The text of the heading below {@code h1} that names the post when {@code h1} is the site's name, else null. */
    static String below(Element h1, String pageTitle, Element body) {
        String rest = restOfTitle(HtmlMetadata.letters(h1.text()), pageTitle);
        if (rest == null || Words.count(rest) < 2) return null;
        String wanted = HtmlMetadata.letters(rest);
        boolean below = false;
        for (Element e : body.select(HEADINGS_AND_PARAGRAPHS)) {
            if (e == h1) {
                below = true;
            } else if (below && e.normalName().equals("p")) {
                if (Words.count(e.text()) >= STORY_PARAGRAPH_WORDS) return null; // the story began: no heading over it
            } else if (below && !e.normalName().equals("h1") && HtmlMetadata.letters(e.text()).equals(wanted)) {
                return Words.squash(e.text());
            }
        }
        return null;
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
