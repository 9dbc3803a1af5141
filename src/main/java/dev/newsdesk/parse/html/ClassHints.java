package dev.newsdesk.parse.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names and ids say about an element. Sites name their chrome with a shared vocabulary (comments,
 * share, sidebar, related...) and their article body with another (article-body, post-content, entry-content);
 * these are conventions of the web, not of one site.
 */
final class ClassHints {

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?:^|[-_ ])(?:comments?|commentlist|disqus|share|sharing|sharebar|social|socials|related|relatedposts|"
                    + "recommend(?:ed|ations)?|newsletter|subscribe|subscription|signup|cookies?|consent|gdpr|sidebar|"
                    + "widgets?|promo|promos|advert|advertisement|ads?|adsense|adslot|dfp|sponsor(?:ed)?|banner|"
                    + "breadcrumbs?|footer|menu|nav|navbar|navigation|popup|modal|overlay|toolbar|tags|taglist|"
                    + "byline|author|authors|caption|credits?|meta|timestamp|dateline|print|pagination|pager|rating|"
                    + "masthead|skip|outbrain|taboola|most-?read|mostread|popular|trending|teasers?|more-?stories|"
                    + "read-?more|readmore|utility|follow|login|paywall|hidden|visually-?hidden|sr-only|jump|toc|"
                    + "newsletter-?signup|inline-?related|related-?content|article-?footer|post-?footer|"
                    + "article-?meta|post-?meta|entry-?meta|share-?tools|social-?share|rail|aside|complementary)"
                    + "(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_UNLIKELY = Pattern.compile(
            "(?:^|[-_ ])(?:comments?|commentlist|disqus|cookies?|consent|gdpr|outbrain|taboola|newsletter|"
                    + "share|sharing|social)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|articletext|post-?content|post-?body|"
                    + "entry-?content|entry-?body|story-?body|story-?content|storycontent|main-?content|"
                    + "content-?body|body-?text|bodytext|rich-?text|article__body|article__content|"
                    + "post__content|single-?content|text-?content|news-?content|article-?main",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|post|text|blog|story|prose|paragraph",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|foot|sidebar|widget|share|social|related|promo|sponsor|shoutbox|"
                    + "combx|masthead|media|scroll|tags|tool|nav|menu|header|teaser|card|list",
            Pattern.CASE_INSENSITIVE);

    private ClassHints() {
    }

    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) return id;
        if (id.isEmpty()) return cls;
        return cls + " " + id;
    }

    /** True when the element's names say it is page chrome. */
    static boolean unlikely(String names) {
        return !names.isEmpty() && UNLIKELY.matcher(names).find() && !ARTICLE_BODY.matcher(names).find();
    }

    /** True when the element's names say it is chrome that may be large (a comment thread): remove whatever its size. */
    static boolean stronglyUnlikely(String names) {
        return !names.isEmpty() && STRONG_UNLIKELY.matcher(names).find() && !ARTICLE_BODY.matcher(names).find();
    }

    /** True when the names are a common name for the article body itself. */
    static boolean articleBody(Element e) {
        if ("articleBody".equals(e.attr("itemprop"))) return true;
        String names = names(e);
        return !names.isEmpty() && ARTICLE_BODY.matcher(names).find();
    }

    /** A weight in [-25, 25] from the names: readability's idea of class weighting. */
    static int weight(Element e) {
        String names = names(e);
        if (names.isEmpty()) return 0;
        int w = 0;
        if (NEGATIVE.matcher(names).find()) w -= 25;
        if (POSITIVE.matcher(names).find()) w += 25;
        return w;
    }
}
