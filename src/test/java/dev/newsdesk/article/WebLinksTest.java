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
}
