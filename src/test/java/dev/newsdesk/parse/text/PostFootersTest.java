package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A blog post's footer sentence (filed under, RSS 2.0 feed, trackback) does not outweigh a post of short lines. */
class PostFootersTest {

    @Test
    void thePostFooterDoesNotTakeAPostOfShortLines() {
        String dump = """
                Choir concerts this spring

                The choir sings again this spring in three towns, and the first dates are already fixed.

                April

                Date: 12 April, 7 pm

                Place: St Mary's Church, Mill Street

                Tickets: 10 euros at the door

                May

                Date: 3 May, 6 pm

                Place: Town Hall, Market Square

                Tickets: 12 euros, children free

                This entry was posted on Monday, March 2nd, 2020 at 9:15 am and is filed under Concerts, Events, \
                News. You can follow any responses to this entry through the RSS 2.0 feed. Responses are currently \
                closed, but you can trackback from your own site.

                Categories

                Concerts

                Events
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("three towns"), body);
        assertFalse(body.contains("trackback"), body);
    }
}
