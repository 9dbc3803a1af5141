package dev.newsdesk.article;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address behind a link that an editor's tools wrapped in their own redirect: a Google Docs export sends every
 * link through {@code google.com/url?q=}, Outlook's Safe Links through
 * {@code *.safelinks.protection.outlook.com/?url=}, Facebook through {@code l.facebook.com/l.php?u=}. A story pasted
 * from a document or an e-mail carries them; its readers should reach the page the author linked, not a tracker
 * that may expire.
 */
final class WrappedLinks {

    private WrappedLinks() {
    }

    /** Google's hosts: google.com and each country's (google.de, google.co.uk, google.com.au), with or without www. */
    private static final Pattern GOOGLE =
            Pattern.compile("(?:www\\.)?google\\.(?:com|co\\.[a-z]{2}|com\\.[a-z]{2}|[a-z]{2})");

    /** The wrapped address (still to be checked like any link) when {@code uri} is such a redirect, else null. */
    static String target(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath();
        if (isGoogle(host) && "/url".equals(path)) return value(uri.getRawQuery(), "q", "url");
        if (isSafeLinks(host)) return value(uri.getRawQuery(), "url");
        if (isFacebook(host) && "/l.php".equals(path)) return value(uri.getRawQuery(), "u");
        return null;
    }

    /** Whether a link to {@code host} may be such a redirect: a link to any other host never is. */
    static boolean mayWrap(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return isGoogle(h) || isSafeLinks(h) || isFacebook(h);
    }

    private static boolean isGoogle(String host) {
        return host.contains("google.") && GOOGLE.matcher(host).matches();
    }

    private static boolean isSafeLinks(String host) {
        return host.endsWith(".safelinks.protection.outlook.com");
    }

    private static boolean isFacebook(String host) {
        return host.equals("l.facebook.com") || host.equals("lm.facebook.com");
    }

    /** The decoded value of the first parameter named one of {@code names} in a raw query string, or null. */
    private static String value(String query, String... names) {
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && List.of(names).contains(pair.substring(0, eq))) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
