package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line the article announces with a colon and then goes on from stays; a name under a form's line does not. */
class AnnouncedLinesTest {

    private static final String OPENING = """
            Caching the slow step of a build

            Builds can be slow, and waiting for one to finish is not how anyone wants to spend the afternoon, so it \
            pays to look at which step of the build takes the longest and whether its result could be kept.

            """;

    private static final String CLOSING = """

            Once the file is in place, the server reads it at start and keeps every result for a day, which is \
            long enough for most builds and short enough that a stale result never lasts.

            The next article looks at how the cache can be shared between the machines of a team, so that a result \
            one of them built is there for the others as well.
            """;

    @Test
    void aConfigLineAnnouncedByTheArticleStays() {
        String body = around("""
                The configuration file would then look like this:

                cache_dir = /var/cache/builds max_age = 86400

                """);
        assertTrue(body.contains("would then look like this:"), body);
        assertTrue(body.contains("cache_dir = /var/cache/builds"), body);
    }

    @Test
    void examplesAnnouncedOneUnderAnotherStay() {
        String body = around("""
                The server is told where the file lies with a line of its own:

                --config /etc/builds/cache.conf

                And the file itself holds only two settings:

                cache_dir = /var/cache/builds max_age = 86400

                """);
        assertTrue(body.contains("--config /etc/builds/cache.conf"), body);
        assertTrue(body.contains("cache_dir = /var/cache/builds"), body);
    }

    @Test
    void aNameUnderAFormsLineStaysOut() {
        String body = around("""
                Leave this field empty if you are human:

                Anna Beispiel

                """);
        assertFalse(body.contains("Anna Beispiel"), body);
    }

    private static String around(String middle) {
        return DumpBody.of(OPENING + middle + CLOSING);
    }
}
