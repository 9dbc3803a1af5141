package dev.newsdesk.api;

import dev.newsdesk.newsroom.Asset;
import dev.newsdesk.newsroom.ContentSecurityPolicy;
import dev.newsdesk.newsroom.NewsroomAssets;
import java.util.Map;

/**
 * Serves the newsroom page and its files. The page is revalidated on every visit (a cheap 304), so a deployment
 * shows at once; a file asked for by the version the page links ({@code ?v=}) never changes, so it is cached for a
 * year. The page carries a strict Content-Security-Policy; every answer is {@code nosniff}.
 */
final class NewsroomApi {

    private static final String PAGE_CACHE = "no-cache";
    private static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";

    private final ContentSecurityPolicy policy;

    NewsroomApi(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    ApiResponse page(ApiRequest request) {
        if (request.path().endsWith("/")) {
            // The page's links are relative to /newsroom; from /newsroom/ they would miss.
            return new ApiResponse(308, Map.of("Location", "../newsroom", "Cache-Control", "no-store"), "");
        }
        return serve(request, assets().page(), PAGE_CACHE)
                .withHeaders(Map.of("Content-Security-Policy", policy.header(), "Referrer-Policy", "no-referrer"));
    }

    ApiResponse file(ApiRequest request, String name) {
        Asset asset = assets().file(name).orElseThrow(() -> ApiException.notFound(
                "the newsroom has no file \"" + Params.shorten(name) + "\""));
        boolean linked = asset.version().equals(request.query().get("v"));
        return serve(request, asset, linked ? VERSIONED_CACHE : PAGE_CACHE);
    }

    private static ApiResponse serve(ApiRequest request, Asset asset, String cacheControl) {
        return Responses.read(request, asset.contentType(), cacheControl, Responses.etag(asset.version()),
                asset::body).withHeaders(Map.of("X-Content-Type-Options", "nosniff"));
    }

    private static NewsroomAssets assets() {
        return Files.ASSETS;
    }

    /** Loaded when first asked for: a function instance that never serves the page never reads its files. */
    private static final class Files {
        static final NewsroomAssets ASSETS = NewsroomAssets.load();
    }
}
