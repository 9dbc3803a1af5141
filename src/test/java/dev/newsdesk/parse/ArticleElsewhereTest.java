package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.parse.RejectedFileException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A page whose article is not in its HTML (a script fetches or renders it, or a frame loads it from another address)
 * is refused, even when its headline and date are there: the headline, a date line and the page's chrome are no
 * article, and a stub built of them would publish an empty story.
 */
class ArticleElsewhereTest {

    @Test
    void refusesAScriptRenderedAppShell() {
        assertRefused("""
                <!doctype html><html lang=en><head><title>Electric buses: the engineers' report | Example</title>
                <meta name=description content="Find information on robotics, transport and energy."></head>
                <body><noscript>You need to enable JavaScript to run this app.</noscript><div id=root></div>
                <script src=/static/js/main.js></script></body></html>""");
    }

    @Test
    void refusesAStoryWhoseTextAScriptLoadsAfterThePage() {
        assertRefused("""
                <html lang=de><head><title>Stadtrat beschließt neue Radwege</title></head><body>
                <nav><a href=/>Start</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>
                <div class=row><p>02.02.2022 10:16 Uhr - Lokales - Redaktion</p>
                <h1>Stadtrat beschließt neue Radwege</h1><div id=news_content></div>
                <div><a href=/themen/verkehr>&raquo; zur Seite Verkehr</a><br>
                <a href=/orte/hauptstrasse>&raquo; zum Ortsprofil Hauptstraße</a></div></div>
                <script>$.ajax({url: 'newscontent.php', success: function(d) { $('#news_content').html(d); }});</script>
                <footer><p>© 2022 Stadtzeitung. Alle Rechte vorbehalten.</p></footer></body></html>""");
    }

    @Test
    void refusesAFramesetWhoseStoryIsInAFrame() {
        assertRefused("""
                <html><head><title>River Valley Gazette</title></head><frameset cols="20%,80%">
                <frame src=menu.html name=menu><frame src=story-2024-05-01.html name=main>
                <noframes><body><p>Your browser does not support frames.</p></body></noframes></frameset></html>""");
    }

    private static void assertRefused(String html) {
        assertEquals(Reason.NOT_AN_ARTICLE,
                assertThrows(RejectedFileException.class, () -> parse(html, "a.html")).reason());
    }
}
