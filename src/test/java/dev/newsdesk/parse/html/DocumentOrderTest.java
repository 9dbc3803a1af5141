package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {

    private static final Document PAGE = Jsoup.parse("""
            <div id="before"></div>
            <div id="root">
              <section id="a"><p id="a1">one <b id="a1b">two</b></p><p id="a2">three</p></section>
              <aside id="b"><ul id="b1"><li id="b11">four</li></ul></aside>
              <footer id="c"></footer>
            </div>
            <div id="after"><p id="after1">five</p></div>
            """);

    @Test
    void stepsThroughTheSubtreesElementsInDocumentOrderAndStopsAtItsEnd() {
        Element root = PAGE.getElementById("root");
        List<String> ids = new ArrayList<>();
        for (Element e = root.firstElementChild(); e != null; e = DocumentOrder.next(e, root)) ids.add(e.id());
        assertEquals(List.of("a", "a1", "a1b", "a2", "b", "b1", "b11", "c"), ids);
    }

    @Test
    void anElementWithNothingAfterItInsideTheRootHasNoNext() {
        Element root = PAGE.getElementById("root");
        Element empty = PAGE.getElementById("c");
        assertNull(DocumentOrder.next(empty, empty), "a root without children");
        assertNull(DocumentOrder.next(PAGE.getElementById("c"), root));
        Element b = PAGE.getElementById("b");
        assertNull(DocumentOrder.next(PAGE.getElementById("b11"), b), "the last of a subtree, not its parent's next");
    }
}
