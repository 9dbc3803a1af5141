package dev.newsdesk.newsroom;

import dev.newsdesk.Settings;
import java.util.Optional;

/**
 * What the newsroom page is served with on one deployment: its Content-Security-Policy, and how it signs editors
 * in (empty: with a pasted token only, or not at all where the editor routes are open).
 */
public record NewsroomSetup(ContentSecurityPolicy policy, Optional<SignInConfig> signIn) {

    /** The page for the bucket of {@code settings}, signing in with {@code signIn}. */
    public static NewsroomSetup of(Settings settings, Optional<SignInConfig> signIn) {
        return new NewsroomSetup(ContentSecurityPolicy.forPage(settings, signIn), signIn);
    }

    /** What {@code GET /newsroom/config.json} answers: {@code {"signIn": {…}}}, or {@code {"signIn": null}}. */
    public PageConfig config() {
        return new PageConfig(signIn.orElse(null));
    }

    /** @param signIn the hosted login's settings; null: none (a pasted token, where the routes are guarded) */
    public record PageConfig(SignInConfig signIn) {
    }
}
