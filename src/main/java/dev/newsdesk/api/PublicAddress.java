package dev.newsdesk.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The API's own absolute URL as the client reached it, for the links of feeds and sitemaps: the scheme API
 * Gateway forwards ({@code X-Forwarded-Proto}), the {@code Host} the client asked for, and the stage when it is a
 * named one. A request whose Host is no host name is refused rather than echoed into links.
 *
 * @param base scheme, host and stage, no trailing slash: {@code https://abc123.execute-api.eu-west-1.amazonaws.com}
 */
record PublicAddress(String base) {

    /** A DNS name or an IPv4 or bracketed IPv6 address, with an optional port. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    static PublicAddress of(ApiRequest request) {
        String host = request.header("host");
        if (host == null || !HOST.matcher(host).matches()) {
            throw ApiException.badRequest("the Host header must name this API's host, as in abc123.execute-api."
                    + "eu-west-1.amazonaws.com or 127.0.0.1:3000");
        }
        String forwarded = request.header("x-forwarded-proto");
        String scheme = forwarded != null && forwarded.strip().equalsIgnoreCase("http") ? "http" : "https";
        String stage = request.stage();
        boolean named = stage != null && !stage.equals("$default") && STAGE.matcher(stage).matches();
        return new PublicAddress(scheme + "://" + host.toLowerCase(java.util.Locale.ROOT) + (named ? "/" + stage : ""));
    }

    /** The URL of the article at {@code slug} ({@code /articles/{slug}}, its letters percent-encoded). */
    String article(String slug) {
        return base + "/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** The URL of {@code path}, with {@code section} as its query when there is one. */
    String route(String path, String section) {
        return base + path + (section == null ? "" : "?section=" + URLEncoder.encode(section, StandardCharsets.UTF_8));
    }
}
