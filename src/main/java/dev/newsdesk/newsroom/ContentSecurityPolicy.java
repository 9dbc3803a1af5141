package dev.newsdesk.newsroom;

import dev.newsdesk.Settings;
import java.net.URI;
import java.util.Optional;

/**
 * The Content-Security-Policy the newsroom page is served with: scripts, styles and fonts from the API's own
 * origin only (no inline script or style), images from anywhere on the web (an article's images live on its
 * publisher's site), and requests to the API, to the articles bucket (the page PUTs uploads to a presigned
 * URL) and to the editors' identity provider (discovery and the token endpoint). Nothing may frame the page, and it
 * submits no forms and sets no base URL.
 *
 * @param header the header's value
 */
public record ContentSecurityPolicy(String header) {

    /**
     * The policy for the bucket of {@code settings} (its local endpoint's origin, or its AWS hosts) and the
     * identity provider of {@code signIn}, if any.
     */
    public static ContentSecurityPolicy forPage(Settings settings, Optional<SignInConfig> signIn) {
        String provider = signIn.map(s -> " " + String.join(" ", s.fetchedOrigins())).orElse("");
        return new ContentSecurityPolicy("default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' https: http:; connect-src 'self' " + bucketOrigins(settings) + provider + "; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }

    /**
     * Where a presigned PUT for the bucket goes: the endpoint's origin when it is overridden (a local S3 server),
     * else S3's virtual-hosted and path-style hosts in the region.
     */
    static String bucketOrigins(Settings settings) {
        if (settings.s3Endpoint().isPresent()) {
            URI endpoint = settings.s3Endpoint().get();
            return endpoint.getScheme() + "://" + endpoint.getAuthority();
        }
        String pathStyle = "https://s3." + settings.region() + ".amazonaws.com";
        return settings.bucketName().isBlank() ? pathStyle
                : "https://" + settings.bucketName() + ".s3." + settings.region() + ".amazonaws.com " + pathStyle;
    }
}
