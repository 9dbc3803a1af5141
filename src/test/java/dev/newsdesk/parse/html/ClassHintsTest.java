package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Names weighed and read as an article's body, whatever the case of their ASCII letters. */
class ClassHintsTest {

    private static Element named(String cls) {
        return new Element("div").attr("class", cls);
    }

    @Test
    void weightsCountAWordAnywhereInTheNamesInAnyCase() {
        assertEquals(25, ClassHints.weight("l-ArticleText"));
        assertEquals(-25, ClassHints.weight("SiteFooter"));
        assertEquals(0, ClassHints.weight("post-sidebar"));
        assertEquals(0, ClassHints.weight("grid col-6"));
        // only ASCII letters fold, as in a case-insensitive regex: the long s is no "s"
        assertEquals(0, ClassHints.weight("\u017Ftory"));
    }

    @Test
    void bodyNamesAreFoundWithEitherSeparatorOrNoneAndInAnyCase() {
        assertTrue(ClassHints.articleBody(named("wrapper Article_Body")));
        assertTrue(ClassHints.articleBody(named("js-STORYCONTENT")));
        assertTrue(ClassHints.articleBody(named("c-entry-content x")));
        assertTrue(ClassHints.articleBody(named("article__content")));
        assertFalse(ClassHints.articleBody(named("article--body")));
        assertFalse(ClassHints.articleBody(named("article-teaser body-copy")));
    }
}
