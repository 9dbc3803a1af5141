package dev.newsdesk.article;

import java.util.List;
import java.util.Locale;

/**
 * The sites whose players and posts an article may embed: the id an embed block names ({@link Block#provider}),
 * the name a reader knows, and the hosts that serve their frames. Frames from any other host are ads or widgets,
 * not the article's.
 */
public enum EmbedProvider {
    YOUTUBE("youtube", "YouTube", "youtube.com", "youtube-nocookie.com", "youtu.be"),
    VIMEO("vimeo", "Vimeo", "vimeo.com"),
    X("x", "X", "twitter.com", "x.com"),
    INSTAGRAM("instagram", "Instagram", "instagram.com"),
    TIKTOK("tiktok", "TikTok", "tiktok.com"),
    FACEBOOK("facebook", "Facebook", "facebook.com"),
    DAILYMOTION("dailymotion", "Dailymotion", "dailymotion.com"),
    SOUNDCLOUD("soundcloud", "SoundCloud", "soundcloud.com"),
    SPOTIFY("spotify", "Spotify", "spotify.com"),
    APPLE_PODCASTS("apple-podcasts", "Apple Podcasts", "podcasts.apple.com"),
    GOOGLE("google", "Google", "google.com"),
    DATAWRAPPER("datawrapper", "Datawrapper", "datawrapper.de"),
    FLOURISH("flourish", "Flourish", "flourish.studio"),
    REDDIT("reddit", "Reddit", "reddit.com"),
    BLUESKY("bluesky", "Bluesky", "bsky.app"),
    THREADS("threads", "Threads", "threads.net"),
    /** A page's own {@code <video>}: no site to name. */
    VIDEO("video", "Video");

    private final String id;
    private final String displayName;
    private final List<String> hosts;

    EmbedProvider(String id, String displayName, String... hosts) {
        this.id = id;
        this.displayName = displayName;
        this.hosts = List.of(hosts);
    }

    public String id() {
        return id;
    }

    /**
     * The provider serving frames from {@code host} or one of its parent domains ({@code player.vimeo.com} is
     * Vimeo's); null for any other host.
     */
    public static EmbedProvider byHost(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        for (; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
            for (EmbedProvider p : values()) {
                if (p.hosts.contains(h)) return p;
            }
        }
        return null;
    }

    /**
     * What a reader is shown for an embed of provider {@code id}: the site's own name, or the id as given (an
     * upload's JSON may name a provider this list does not know).
     */
    public static String displayName(String id) {
        for (EmbedProvider p : values()) {
            if (p.id.equals(id)) return p.displayName;
        }
        return id;
    }
}
