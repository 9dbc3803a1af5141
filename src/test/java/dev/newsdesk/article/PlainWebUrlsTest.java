package dev.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PlainWebUrlsTest {

    @Test
    void aPlainLinkGivesItsHost() {
        assertEquals("news.example", PlainWebUrls.host("https://news.example/city/a-b_c.html?page=2&x=%20y#top"));
        assertEquals("www.my-site.example", PlainWebUrls.host("HTTP://www.my-site.example"));
        assertEquals("cdn.example", PlainWebUrls.host("http://cdn.example?w=640[1]#f?g"));
    }

    @Test
    void whatOnlyJavaNetUriCanTellIsLeftToIt() {
        for (String url : new String[]{"https://news.example:8080/a", "https://user@news.example/a",
                "http://192.168.0.1/a", "https://9news.example/a", "https://news.9example/", "https://-a.example/",
                "https://a-.example/", "https://a..example/", "https://news.example./", "https:///a",
                "https://news.example/a b", "https://news.example/caf\u00e9", "https://news.example/%2", "https://news.example/%zz",
                "https://news.example/a[1]", "https://news.example/a#b#c", "https://news.example/a|b",
                "https://news_example.com/", "ftp://files.example/", "mailto:desk@news.example", "/city/a"}) {
            assertNull(PlainWebUrls.host(url), url);
        }
    }

    @Test
    void aHostItGivesIsTheOneJavaNetUriReadsAndTheUrlComesBackAsWritten() throws Exception {
        for (String url : new String[]{"https://news.example/a/b;c=d/e.f?g=h&i=j+k#l", "http://x.example",
                "https://A.Example/(1)!~*'$,@:", "https://news.example?q=[a]/?b#/?c"}) {
            URI uri = new URI(url);
            assertEquals(uri.getHost(), PlainWebUrls.host(url), url);
            assertEquals(url, uri.toASCIIString(), url);
        }
    }
}
