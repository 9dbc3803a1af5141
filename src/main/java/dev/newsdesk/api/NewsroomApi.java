package dev.newsdesk.api;

import dev.newsdesk.newsroom.Asset;
import dev.newsdesk.newsroom.ContentSecurityPolicy;
import dev.newsdesk.newsroom.NewsroomAssets;
import dev.newsdesk.newsroom.SignInConfig;
import dev.newsdesk.observe.LogLine;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves the newsroom page and its files. The page is revalidated on every visit (a cheap 304), so a deployment
 * shows at once; a file asked for by the version the page links ({@code ?v=}) never changes, so it is cached for a
 * year. The page carries a strict Content-Security-Policy; every answer is {@code nosniff}. The page reads how it
 * signs editors in from {@code newsroom/config.json}, revalidated like the page: the stage's variables
 * ({@link SignInConfig}), so that the sign-in follows the template's parameters without a new function version.
 */
final class NewsroomApi {

    private static final String PAGE_CACHE = "no-cache";
    private static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";
    /** The page's own settings, under the name of a file beside its others. */
    static final String CONFIG = "config.json";

    private final Function<Optional<SignInConfig>, ContentSecurityPolicy> policyFor;
    /** The stage's variables last seen and what they gave: they change only with a deployment of the stage. */
    private volatile Setup last = new Setup(null, null, null);

    NewsroomApi(Function<Optional<SignInConfig>, ContentSecurityPolicy> policyFor) {
        this.policyFor = policyFor;
    }

    /** @param signIn the hosted login's settings; null: none (a pasted token, where the routes are guarded) */
    record PageConfig(SignInConfig signIn) {
    }

    private record Setup(Map<String, String> variables, PageConfig config, ContentSecurityPolicy policy) {
    }

    ApiResponse page(ApiRequest request) {
        if (request.path().endsWith("/")) {
            // The page's links are relative to /newsroom; from /newsroom/ they would miss.
            return new ApiResponse(308, Map.of("Location", "../newsroom", "Cache-Control", "no-store"), "");
        }
        return serve(request, assets().page(), PAGE_CACHE).withHeaders(Map.of(
                "Content-Security-Policy", setup(request).policy().header(), "Referrer-Policy", "no-referrer"));
    }

    ApiResponse file(ApiRequest request, String name) {
        if (name.equals(CONFIG)) {
            return Responses.json(request, setup(request).config(), PAGE_CACHE, null)
                    .withHeaders(Map.of("X-Content-Type-Options", "nosniff"));
        }
        Asset asset = assets().file(name).orElseThrow(() -> ApiException.notFound(
                "the newsroom has no file \"" + Params.shorten(name) + "\""));
        boolean linked = asset.version().equals(request.query().get("v"));
        return serve(request, asset, linked ? VERSIONED_CACHE : PAGE_CACHE);
    }

    /**
     * The sign-in and policy the stage's variables give. Variables a deployer got wrong leave the page without a
     * hosted login (a pasted token still works), and say why in the log: the visitor is not at fault.
     */
    private Setup setup(ApiRequest request) {
        Setup known = last;
        if (request.stageVariables().equals(known.variables())) return known;
        Optional<SignInConfig> signIn;
        try {
            signIn = SignInConfig.from(request.stageVariables());
        } catch (IllegalArgumentException misconfigured) {
            System.err.println(LogLine.at(Instant.now()).field("event", "newsroom-sign-in-misconfigured")
                    .field("error", misconfigured.getMessage()).toJson());
            signIn = Optional.empty();
        }
        Setup setup = new Setup(request.stageVariables(), new PageConfig(signIn.orElse(null)),
                policyFor.apply(signIn));
        last = setup;
        return setup;
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
