package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.article.EmbedProvider;
import org.junit.jupiter.api.Test;

class PlayerPagesTest {

    @Test
    void aYoutubeFrameBecomesItsWatchPageWhateverItsHostAndOptions() {
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                PlayerPages.of("https://www.youtube.com/embed/dQw4w9WgXcQ"));
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                PlayerPages.of("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&start=30"));
    }

    @Test
    void aYoutubePlaylistFrameBecomesThePlaylistsPage() {
        assertEquals("https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
                PlayerPages.of("https://www.youtube.com/embed/videoseries?si=a1&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"));
    }

    @Test
    void aVimeoFrameBecomesItsVideoPage() {
        assertEquals("https://vimeo.com/76979871", PlayerPages.of("https://player.vimeo.com/video/76979871?h=8272103f"));
    }

    @Test
    void otherAddressesStayAsTheyAre() {
        for (String url : new String[]{"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/embed/videoseries", "https://www.youtube.com/embed/short", "https://vimeo.com/76979871",
                "https://player.vimeo.com/video/abc", "https://www.dailymotion.com/embed/video/x8abc"}) {
            assertEquals(url, PlayerPages.of(url));
        }
    }

    @Test
    void providersAreKnownByTheirHostsAndNamedForReaders() {
        assertEquals(EmbedProvider.VIMEO, EmbedProvider.byHost("player.vimeo.com"));
        assertEquals(EmbedProvider.X, EmbedProvider.byHost("platform.TWITTER.com"));
        assertNull(EmbedProvider.byHost("ads.example"));
        assertNull(EmbedProvider.byHost("notyoutube.com"));
        assertEquals("Apple Podcasts", EmbedProvider.displayName("apple-podcasts"));
        assertEquals("peertube", EmbedProvider.displayName("peertube"));
    }
}
