package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chunk of the article whose class name holds a chrome word that does not name the chunk itself (a BEM modifier,
 * "has-" or "non-" before it, "hidden" after another word) stays in the article; the word alone still prunes.
 */
class ModifierNamesTest {

    private static final String LAST = "Officials expect the second phase of the work to begin next spring, once the "
            + "winter weather has passed and the new contracts have been signed.";

    @ParameterizedTest
    @ValueSource(strings = {"Report__Section--Ads", "field field--label-hidden", "text overflow-hidden",
            "section non-paywall", "block has-sidebar", "content_body toc_title"})
    void keepsAChunkNamedWithAModifier(String name) throws RejectedFileException {
        assertTrue(parse(page(name), "a.html").body().contains(LAST), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ads", "hidden", "is-hidden", "visually-hidden", "paywall", "sidebar"})
    void dropsAChunkNamedAsChrome(String name) throws RejectedFileException {
        assertFalse(parse(page(name), "a.html").body().contains(LAST), name);
    }

    private static String page(String lastChunkName) {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><div class=story>");
        for (String p : ENGLISH_PROSE.split("\n\n")) sb.append("<div class=chunk><p>").append(p.strip()).append("</p></div>");
        sb.append("<div class=\"").append(lastChunkName).append("\"><p>").append(LAST).append("</p></div>");
        return sb.append("</div></body></html>").toString();
    }
}
