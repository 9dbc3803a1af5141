package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The address a page gives itself: its canonical link, else og:url, and the base its links resolve on. */
class PageAddressTest {

    private static PageAddress of(String html) {
        return PageAddress.of(Jsoup.parse(html));
    }

    @Test
    void canonicalLinkInAnyCaseWinsOverOgUrl() {
        PageAddress a = of("<head><link rel=stylesheet href=/s.css><meta property=og:url content=https://example.org/og>"
                + "<LINK REL=Canonical HREF=https://example.org/story></head>");
        assertEquals("https://example.org/story", a.canonical());
        assertEquals("https://example.org/story", a.base());
    }

    @Test
    void aRelWithOtherWordsOrSpacesIsNoCanonicalLink() {
        assertNull(of("<head><link rel='canonical alternate' href=https://example.org/a>"
                + "<link rel=' canonical' href=https://example.org/b></head>").canonical());
    }

    @Test
    void ogUrlInAnyCaseStandsInButNotWithSpacesAroundIt() {
        assertEquals("https://example.org/og",
                of("<head><meta property=OG:URL content=https://example.org/og></head>").canonical());
        assertNull(of("<head><meta property='og:url ' content=https://example.org/og></head>").canonical());
    }

    @Test
    void theFirstBaseResolvesOnTheCanonicalAddress() {
        PageAddress a = of("<head><link rel=canonical href=https://example.org/news/story>"
                + "<base href=/static/><base href=https://other.example/></head>");
        assertEquals("https://example.org/static/", a.base());
    }

    @Test
    void addressTagsMovedIntoTheBodyStillCount() {
        // text in the head makes the parser move the rest of its tags into the body
        PageAddress a = of("<head>stray text<link rel=canonical href=https://example.org/moved></head><p>Body");
        assertEquals("https://example.org/moved", a.canonical());
    }

    @Test
    void aPageThatNamesNoAddressHasNone() {
        PageAddress a = of("<head><title>T</title><link rel=canonical></head><p>Body");
        assertNull(a.canonical());
        assertNull(a.base());
    }
}
