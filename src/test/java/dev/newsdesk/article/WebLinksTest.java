package dev.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WebLinksTest {

    private static final String PAGE = "https://news.example/city/council.html";

    @Test
    void relativeAddressesResolveOnThePageAndStayRelativeNowhere() {
        assertEquals("https://news.example/city/other", WebLinks.absolute(PAGE, "/city/other"));
        assertEquals("https://news.example/city/budget.pdf", WebLinks.absolute(PAGE, "budget.pdf"));
        assertEquals("https://cdn.example/a.jpg", WebLinks.absolute(PAGE, "//cdn.example/a.jpg"));
        assertNull(WebLinks.absolute(null, "/city/other"), "no page address: a relative link would point anywhere");
        assertNull(WebLinks.absolute(PAGE, "#comments"));
    }

    @Test
    void onlyWebAndMailAddressesAreKeptWhateverTheirDisguise() {
        assertEquals("https://example.com/a", WebLinks.absolute(null, " https://example.com/a "));
        assertEquals("mailto:desk@news.example", WebLinks.absolute(null, "mailto:desk@news.example"));
        for (String hostile : new String[]{"javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
                "file:///etc/passwd", "mailto:nobody", "https://"}) {
            assertNull(WebLinks.absolute(PAGE, hostile), hostile);
        }
    }

    @Test
    void eachPageResolvesOnItsOwnBaseWhenPagesAlternate() {
        String other = "http://blog.example/2024/post/";
        assertEquals("https://news.example/city/a", WebLinks.absolute(PAGE, "a"));
        assertEquals("http://blog.example/2024/post/a", WebLinks.absolute(other, "a"));
        assertEquals("https://news.example/city/b", WebLinks.absolute(PAGE, "b"));
        assertNull(WebLinks.absolute("ftp://files.example/", "a"), "a base that is no web page resolves nothing");
        assertEquals("http://blog.example/2024/c", WebLinks.absolute(other, "../c"));
    }

    @Test
    void aPageOrPictureAddressIsNeverAMailAddress() {
        assertEquals("https://news.example/city/other", WebLinks.web(PAGE, "other"));
        assertNull(WebLinks.web(PAGE, "mailto:desk@news.example"));
        assertNull(WebLinks.web(null, "autre.html"));
    }

    @Test
    void aLinkWrappedByAnEditorsToolsPointsAtTheAddressBehindIt() {
        assertEquals("https://example.org/ferry/timetable", WebLinks.absolute(null,
                "https://www.google.com/url?q=https://example.org/ferry/timetable&sa=D&source=editors&usg=AOvVaw0"),
                "a Google Docs export");
        assertEquals("https://example.org/ferry?day=1&line=2", WebLinks.absolute(null,
                "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2Fferry%3Fday%3D1%26line"
                        + "%3D2&data=05%7C01%7C&sdata=abc&reserved=0"), "Outlook's Safe Links in a pasted e-mail");
        assertEquals("https://example.org/a", WebLinks.absolute(null,
                "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fa&h=AT0"));
        assertEquals("https://example.org/b",
                WebLinks.absolute(null, "https://www.google.co.uk/url?sa=t&url=https%3A%2F%2Fexample.org%2Fb"));
        assertEquals("https://www.google.com/url?q=javascript:alert(1)",
                WebLinks.absolute(null, "https://www.google.com/url?q=javascript:alert(1)"),
                "a wrapped address that is no web address is not followed");
        assertEquals("https://www.google.com/search?q=https://example.org/",
                WebLinks.absolute(null, "https://www.google.com/search?q=https://example.org/"),
                "a search, not a redirect");
        assertEquals("https://news.google.com/url?q=https://example.org/",
                WebLinks.absolute(null, "https://news.google.com/url?q=https://example.org/"));
    }
}
