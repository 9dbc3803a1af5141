package dev.newsdesk.parse.html;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a player frame shows, for the players whose frame address differs from it: a reader following the
 * link gets the video's page with its title and description rather than a bare full-window player, and a
 * client that embeds it itself hands that page address to the provider's oEmbed endpoint, which takes page
 * addresses, not frame addresses.
 */
final class PlayerPages {

    /** YouTube's frames, with or without its privacy-enhanced host: {@code /embed/ID}, an ID being 11 characters. */
    private static final Pattern YOUTUBE = Pattern.compile("/embed/([A-Za-z0-9_-]{11})/?");
    /** A YouTube playlist's frame: {@code /embed/videoseries?list=ID}. */
    private static final Pattern PLAYLIST = Pattern.compile("(?:^|&)list=([A-Za-z0-9_-]{2,64})(?:&|$)");
    /** Vimeo's frames live on {@code player.vimeo.com/video/ID}. */
    private static final Pattern VIMEO = Pattern.compile("/video/([0-9]{1,15})/?");

    private PlayerPages() {
    }

    /** The page of the player at {@code frameUrl} (an absolute web URL); the URL itself when it is no known frame. */
    static String of(String frameUrl) {
        URI uri = URI.create(frameUrl);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host.endsWith("youtube.com") || host.endsWith("youtube-nocookie.com")) {
            Matcher m = YOUTUBE.matcher(path);
            if (m.matches() && !m.group(1).equals("videoseries")) return "https://www.youtube.com/watch?v=" + m.group(1);
            Matcher list = PLAYLIST.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            if (m.matches() && list.find()) return "https://www.youtube.com/playlist?list=" + list.group(1);
        }
        if (host.equals("player.vimeo.com")) {
            Matcher m = VIMEO.matcher(path);
            if (m.matches()) return "https://vimeo.com/" + m.group(1);
        }
        return frameUrl;
    }
}
