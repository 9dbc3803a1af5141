package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Related;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What no reader may let through into an article: NULs, control characters, half surrogates, script URLs. */
class SafeTextTest {

    @Test
    void dropsControlCharactersAndReplacesHalfSurrogates() {
        assertEquals("ab\n\tc", SafeText.clean("a\u0000b\n\t\u0007c\u007f"));
        assertEquals("x\ufffdy\ufffd", SafeText.clean("x\ud800y\udc00"));
        assertEquals("😀", SafeText.clean("😀"));
    }

    @Test
    void dropsSoftHyphensSoWordsReadWhole() {
        assertEquals("la réaction du ministère", SafeText.clean("la réac\u00adtion du minis\u00adtère"));
    }

    @Test
    void dropsTheSoftHyphensAMetadataValueWritesAsReferences() {
        assertEquals("Matthias Berg", SafeText.plain("Mat&shy;thi&shy;as Berg"));
        assertEquals("Matthias Berg", SafeText.plain("Mat&amp;shy;thias Berg"));
    }

    @Test
    void aDraftLosesBlocksThatHeldNothingElse() {
        Draft draft = new Draft(Format.JSON, "Titre\u0000", null, List.of("\u0000"), null, List.of(), null,
                List.of(Block.paragraph("\u0000\u0001"), Block.paragraph("Un vrai paragraphe.")),
                List.of(new Related("Autre", "javascript:alert(1)")), null, null);
        Draft clean = SafeText.clean(draft);
        assertEquals("Titre", clean.title());
        assertEquals(List.of(), clean.authors());
        assertEquals(List.of(Block.paragraph("Un vrai paragraphe.")), clean.blocks());
        assertEquals(List.of(new Related("Autre", null)), clean.related());
    }
}
