package dev.newsdesk.article;

import java.net.URI;
import java.util.Locale;

/**
 * The one rule for every URL an article publishes (links, images, embeds, the canonical URL): absolute, and
 * {@code http}, {@code https} or {@code mailto}. Nothing else reaches a client, so no {@code javascript:} or
 * {@code data:} URL and no relative one a client would resolve against the wrong site; a link an editor's tools
 * wrapped in their redirect points at the address behind it ({@link WrappedLinks}).
 */
public final class WebLinks {

    /** Longer than any real article URL; a longer one is junk or an attack. */
    private static final int MAX_CHARS = 2_048;

    private WebLinks() {
    }

    /**
     * {@code href} resolved against {@code base} (which may be null: then only an absolute {@code href} is kept),
     * as an absolute http(s) or mailto URL; null when it is anything else or does not parse. Browsers drop tabs and
     * line breaks inside a URL and trim its ends, so this does too before judging the scheme.
     */
    public static String absolute(String base, String href) {
        if (href == null) return null;
        String h = withoutControls(href);
        if (h.isEmpty() || h.length() > MAX_CHARS || h.startsWith("#")) return null;
        String plainHost = PlainWebUrls.host(h);
        if (plainHost != null && !WrappedLinks.mayWrap(plainHost)) return h; // what java.net.URI would give back
        try {
            URI uri = new URI(h.replace(" ", "%20"));
            if (!uri.isAbsolute()) {
                if (base == null) return null;
                URI b = baseUri(base);
                if (!isWeb(b) || b.isOpaque()) return null;
                if (h.startsWith("//")) uri = new URI(b.getScheme() + ":" + h.replace(" ", "%20"));
                else uri = b.resolve(uri);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("mailto")) return uri.getSchemeSpecificPart().contains("@") ? uri.toASCIIString() : null;
            if (!isWeb(uri) || uri.getHost() == null) return null;
            String wrapped = WrappedLinks.target(uri);
            if (wrapped != null && wrapped.length() < h.length()) {
                String target = absolute(null, wrapped);
                if (target != null) return target;
            }
            return uri.toASCIIString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code href} resolved against {@code base} as {@link #absolute} does, kept only when it is http(s): the address
     * of a page or a picture, which a mail address cannot be.
     */
    public static String web(String base, String href) {
        String url = absolute(base, href);
        return url == null || url.regionMatches(true, 0, "mailto:", 0, 7) ? null : url;
    }

    /** Whether {@code url} is an absolute http(s) URL (a page's own address, a lead image). */
    public static boolean isWeb(String url) {
        return url != null && url.equals(absolute(null, url)) && !url.regionMatches(true, 0, "mailto:", 0, 7);
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    /**
     * {@code base} parsed, from the last one asked when it is the same: a page's relative links all resolve against
     * one base, and parsing it again for each cost a tenth of the links' time. The pair is immutable, so threads
     * that race on it each read a whole one.
     */
    private static URI baseUri(String base) throws java.net.URISyntaxException {
        ParsedBase last = lastBase;
        if (last != null && last.text().equals(base)) return last.uri();
        URI uri = new URI(base);
        lastBase = new ParsedBase(base, uri);
        return uri;
    }

    private record ParsedBase(String text, URI uri) {
    }

    private static ParsedBase lastBase;

    /** {@code s} without tabs and line breaks, trimmed; most URLs have none, and are only trimmed (no copy). */
    private static String withoutControls(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s.strip();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') out.append(c);
        }
        return out.toString().strip();
    }
}
