package dev.newsdesk.parse.html;

import org.jsoup.nodes.Element;

/**
 * A box the page lets readers jump over: it opens with a link to the element right after it ("Continue reading the
 * main story", the skip link WCAG asks of a block set into the text), so the page itself says the story goes on
 * without it. Such a box that holds no paragraph (a timeline as a list, a promotion's points, its links) is a fact
 * box beside the story, not a part of it; one written in paragraphs (an analysis, a pull quote) is read as the story
 * around it is.
 */
final class SkippableAside {

    private SkippableAside() {
    }

    /** True when {@code box} opens with a link to its next sibling and holds no paragraph. */
    static boolean is(Element box) {
        Element first = box.firstElementChild();
        if (first == null || !first.normalName().equals("a")) return false;
        String href = first.attr("href");
        if (href.length() < 2 || href.charAt(0) != '#') return false;
        Element next = box.nextElementSibling();
        return next != null && next.id().equals(href.substring(1)) && box.getElementsByTag("p").isEmpty();
    }
}
