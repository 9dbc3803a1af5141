package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A post whose whole body is the file it shares: a worksheet or a report linked under the post's headline
 * ("PDF: worksheet"), with no words of its own for the search for prose or {@link ShortArticle} to find. The paragraph
 * holding the page's only link to a document, in the headline's box, is the article. A page linking several documents
 * (a downloads list) or one outside its headline's box (the terms in a footer) has no such post and stays refused.
 */
final class FilePost {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private FilePost() {
    }

    /**
     * The paragraph of {@code body} sharing the post's file, or null; the post's headline is the heading that reads
     * as {@code shareTitle} (og:title, or null), else {@code headline} (null if none).
     */
    static Element of(Element body, Element headline, String shareTitle) {
        if (body == null) return null;
        Element paragraph = null;
        String file = null;
        for (Element a : body.select(LINKS)) {
            String href = a.attr("href");
            if (!isDocument(href)) continue;
            Element p = a.closest(PARAGRAPH);
            if (file != null && !file.equals(href) || p == null || paragraph != null && p != paragraph) return null;
            file = href;
            paragraph = p;
        }
        if (paragraph == null) return null;
        Element title = titled(body, shareTitle);
        return inBoxOf(title != null ? title : headline, paragraph, body) ? paragraph : null;
    }

    /**
     * Keeps the post's one line, a link read as chrome elsewhere, when {@code chosen} is a body read whole from
     * {@code body} that holds only it and it links a document; a longer body is judged as any.
     */
    static void keepLink(Element body, List<Candidate> chosen, List<Verdict> verdicts) {
        if (chosen.size() != 1 || verdicts.get(0) != Verdict.NOISE) return;
        for (Element a : body.select(LINKS)) {
            if (isDocument(a.attr("href"))) {
                verdicts.set(0, Verdict.PROSE);
                return;
            }
        }
    }

    /** The first heading of {@code body} that says {@code shareTitle}, or null: a post's headline may be short. */
    private static Element titled(Element body, String shareTitle) {
        if (shareTitle == null || shareTitle.isBlank()) return null;
        String wanted = ArticlePlace.comparable(shareTitle);
        for (Element h : body.select(HEADINGS)) if (ArticlePlace.comparable(h.text()).equals(wanted)) return h;
        return null;
    }

    private static boolean isDocument(String href) {
        try {
            return LabelledLinkLists.isDocument(URI.create(href.strip()).getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether {@code paragraph} stands in a wrapper of {@code headline} (null: none) as near as {@link HeadlineBox}
     * reaches, one that is not the page's layout (most of its words).
     */
    private static boolean inBoxOf(Element headline, Element paragraph, Element body) {
        if (headline == null) return false;
        Element a = headline.parent();
        for (int level = 1; a != null && level <= HeadlineBox.REACH && !ArticlePlace.isPageRoot(a);
             level++, a = a.parent()) {
            if (!ArticlePlace.within(paragraph, a)) continue;
            return Words.count(a.text()) <= Words.count(body.text()) * HeadlineBox.MAX_PAGE_SHARE;
        }
        return false;
    }
}
