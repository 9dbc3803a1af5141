package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.EmbedProvider;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.meta.Words;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a picture or an embed of a page into a block: a {@code figure} (its image or embedded player, its caption
 * and credit), an {@code img} or {@code picture} standing alone, a player's {@code iframe}, a {@code video}. Lazy
 * loading is the rule on news pages, so an image's address is looked for where loaders keep it, not only in
 * {@code src}.
 */
final class MediaReader {

    /** Smaller than this (pixels, when the page says) is an icon, a spacer or a tracking pixel. */
    private static final int MIN_SIDE = 50;
    /** Where lazy loaders keep the real address, most specific first; {@code src} then holds a placeholder. */
    private static final String[] SOURCES = {"data-src", "data-lazy-src", "data-original", "data-url", "src"};
    private static final String[] SOURCE_SETS = {"data-srcset", "srcset"};
    /** An image service asked for a width ("…?i=123&w=20"): below {@link #MIN_SIDE}, a blurred placeholder. */
    private static final Pattern ASKED_WIDTH = Pattern.compile("[?&](?:w|width)=(\\d{1,6})(?:&|$)");
    /** Where embed codes name the post they quote: TikTok's and others' {@code cite}, Instagram's permalink. */
    private static final String[] POST_ADDRESSES = {"cite", "data-instgrm-permalink"};

    /** Compiled once: jsoup parses a query string on every call. */
    private static final Evaluator CAPTION = QueryParser.parse("figcaption");
    private static final Evaluator CREDIT = QueryParser.parse(
            "[class*=credit], [class*=copyright], [class*=source], [itemprop=copyrightHolder], [itemprop=creditText]");
    private static final Evaluator PLAYER = QueryParser.parse("iframe, video");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator SOURCE = QueryParser.parse("source[src]");

    private MediaReader() {
    }

    /** The block {@code e} shows (an image or an embed), or null when it shows neither; URLs resolved on {@code base}. */
    static Block read(Element e, String base) {
        return switch (e.normalName()) {
            case "figure" -> figure(e, base);
            case "dl" -> isCaptionedPicture(e) ? figure(e, base) : null;
            case "img" -> image(e, base, null, null);
            case "picture" -> picture(e, base);
            case "iframe", "video" -> embed(e, base);
            default -> null;
        };
    }

    /**
     * Whether {@code dl} is a picture with its caption set as a term and its description: one {@code dt} showing
     * only an image, one {@code dd} saying what it shows (older CMSs' figure). Read as a figure, never as a list.
     */
    static boolean isCaptionedPicture(Element dl) {
        if (!dl.nameIs("dl") || dl.childrenSize() != 2) return false;
        Element term = dl.child(0);
        return term.nameIs("dt") && dl.child(1).nameIs("dd") && term.selectFirst(IMG) != null
                && !term.hasText();
    }

    /** A figure, or a picture list ({@link #isCaptionedPicture}) whose {@code dd} is the caption. */
    private static Block figure(Element figure, String base) {
        Element caption = figure.nameIs("dl") ? figure.child(1) : figure.selectFirst(CAPTION);
        String credit = null;
        String captionText = null;
        if (caption != null) {
            Element creditElement = caption.selectFirst(CREDIT);
            if (creditElement != null) credit = text(creditElement);
            String all = text(caption);
            captionText = credit == null ? all : Words.squash(all.replace(credit, ""));
        }
        for (Element img : figure.getElementsByTag("img")) {
            Block b = image(img, base, captionText, credit);
            if (b != null) return b;
        }
        for (Element player : figure.select(PLAYER)) {
            Block b = embed(player, base);
            if (b != null) return b;
        }
        return null;
    }

    private static Block picture(Element picture, String base) {
        Element img = picture.selectFirst(IMG);
        return img == null ? null : image(img, base, null, null);
    }

    private static Block image(Element img, String base, String caption, String credit) {
        if (tiny(img.attr("width")) || tiny(img.attr("height"))) return null;
        String url = null;
        for (String attr : SOURCES) {
            url = picture(WebLinks.absolute(base, img.attr(attr)));
            if (url != null) break;
        }
        for (int i = 0; url == null && i < SOURCE_SETS.length; i++) {
            url = picture(WebLinks.absolute(base, largest(img.attr(SOURCE_SETS[i]))));
        }
        if (url == null) return null;
        return Block.image(url, blankToNull(Words.squash(img.attr("alt"))), blankToNull(caption), blankToNull(credit));
    }

    /** {@code url}, or null when it asks an image service for a placeholder's width: the picture is elsewhere. */
    private static String picture(String url) {
        if (url == null || url.indexOf('?') < 0) return url;
        Matcher m = ASKED_WIDTH.matcher(url);
        return m.find() && Integer.parseInt(m.group(1)) < MIN_SIDE ? null : url;
    }

    private static Block embed(Element player, String base) {
        String src = player.attr("src");
        if (src.isEmpty()) src = player.attr("data-src");
        if (src.isEmpty() && player.normalName().equals("video")) {
            Element source = player.selectFirst(SOURCE);
            if (source != null) src = source.attr("src");
        }
        String url = WebLinks.absolute(base, src);
        if (url == null) return null;
        if (player.normalName().equals("video")) return Block.embed(url, EmbedProvider.VIDEO.id());
        String provider = provider(url);
        return provider == null ? null : Block.embed(PlayerPages.of(url), provider);
    }

    /**
     * The post that an element named for an embed quotes, as an embed block: the address its embed code names
     * ({@code cite}, Instagram's permalink) or else its last link to a known provider (a tweet's text may link
     * elsewhere on the same site first; its own address closes it). Null when it holds a player (read as such) or
     * links to no provider.
     */
    static Block post(Element e, String base) {
        if (e.selectFirst(PLAYER) != null) return null;
        for (String attr : POST_ADDRESSES) {
            Block b = postAt(WebLinks.absolute(base, e.attr(attr)));
            if (b != null) return b;
        }
        Block last = null;
        for (Element link : e.getElementsByTag("a")) {
            Block b = postAt(WebLinks.absolute(base, link.attr("href")));
            if (b != null) last = b;
        }
        return last;
    }

    private static Block postAt(String url) {
        String provider = url == null || isShareLink(url) ? null : provider(url);
        return provider == null ? null : Block.embed(url, provider);
    }

    /** A share button's link ("…/intent/tweet?text=…", "…/sharer.php?u=…") or a site's front page is not a post. */
    private static boolean isShareLink(String url) {
        String path = URI.create(url).getPath();
        return path == null || path.length() <= 1 || path.startsWith("/intent/") || path.startsWith("/share");
    }

    /** The provider of an embedded player at {@code url}; null for frames of other sites. */
    static String provider(String url) {
        EmbedProvider p = EmbedProvider.byHost(URI.create(url).getHost());
        return p == null ? null : p.id();
    }

    /** The widest candidate of a {@code srcset} ("a.jpg 320w, b.jpg 1024w"), or the last one without widths. */
    private static String largest(String srcset) {
        if (srcset.isBlank()) return null;
        String best = null;
        int bestWidth = -1;
        for (String candidate : srcset.split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            int width = 0;
            if (parts.length > 1 && parts[1].endsWith("w")) {
                try {
                    width = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
                } catch (NumberFormatException ignored) {
                    // a density ("2x") or junk: no width to compare
                }
            }
            if (width >= bestWidth) {
                bestWidth = width;
                best = parts[0];
            }
        }
        return best;
    }

    private static boolean tiny(String side) {
        if (side.isEmpty()) return false;
        try {
            return Integer.parseInt(side.strip().replace("px", "")) < MIN_SIDE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(Element e) {
        return Words.squash(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
