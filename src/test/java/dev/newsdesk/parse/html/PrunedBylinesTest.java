package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The authors of pruned byline boxes, read from the first box that names any. */
class PrunedBylinesTest {

    private static final Document PAGE = Jsoup.parse("""
            <div class="post-tags" id="t">Politics, Science</div>
            <div class="author-box" id="long">Jane Doe has covered science for twenty years, from the labs of three \
            continents to the halls of parliament, and has written four books about the people who pay for research.</div>
            <div class="byline" id="b">By Jane Doe and John Smith</div>
            <span class="author" id="c">Mary Major</span>
            """);

    private static PrunedBylines pruned(String... ids) {
        PrunedBylines bylines = new PrunedBylines();
        for (String id : ids) {
            var e = PAGE.getElementById(id);
            bylines.add(e, ClassHints.names(e));
        }
        return bylines;
    }

    @Test
    void readsTheFirstBoxNamedForABylineThatNamesAuthors() {
        assertEquals(List.of("Jane Doe", "John Smith"), pruned("t", "long", "b", "c").authors());
    }

    @Test
    void readsAPlainNameAsIfPrecededByBy() {
        assertEquals(List.of("Mary Major"), pruned("c", "b").authors());
    }

    @Test
    void namesNoneWithoutABylineBox() {
        assertEquals(List.of(), pruned("t", "long").authors());
    }
}
