package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/** The language of a dump is its article's, even under a long blurb in another language. */
class DumpLanguageTest {

    /** A sidebar in English above a German story: longer than what the language detector reads. */
    private static final String ENGLISH_SIDEBAR = """
            About this blog

            This is a small blog about travel, food and the people we meet on the road, written by two friends who \
            have been walking across the south of Europe every summer since they finished school many years ago.

            We take all of the photos ourselves and we never accept money from hotels or restaurants for the things \
            that we write about them, so if you like what you read here, please tell your friends about the blog.

            If you would like to write to us about a trip of your own, or if you have found a mistake in one of the \
            posts, you can reach us by the contact form, and we will answer as soon as we are back from the road.

            """;

    private static final String GERMAN_STORY = """
            Eine Woche in Málaga

            Wer Málaga nur vom Flughafen kennt, hat die Stadt noch nicht gesehen: Zwischen der Kathedrale und dem \
            Hafen liegen enge Gassen, in denen man am Abend die besten Tapas der ganzen Küste bekommt, und das zu \
            Preisen, die man in den Orten am Strand schon lange nicht mehr findet.

            Am zweiten Tag sind wir auf die Burg über der Stadt gestiegen. Der Weg ist steil und im Sommer sehr \
            heiß, aber von oben sieht man über den Hafen, die Stierkampfarena und an klaren Tagen bis nach Afrika.

            Für die Rückfahrt haben wir den Zug genommen, der in einer knappen Stunde an der Küste entlang fährt, \
            und wir waren uns einig, dass wir im nächsten Jahr wieder kommen und dann länger bleiben werden.

            Das Museum in der Altstadt zeigt die Bilder des Malers, der in der Stadt geboren wurde, und es lohnt \
            sich, früh am Morgen zu kommen, weil die Schlange vor der Kasse am Mittag oft bis auf die Straße reicht \
            und die Säle dann so voll sind, dass man die kleinen Bilder an den Wänden kaum noch sehen kann.

            Am Abend sind wir über den Markt gegangen, auf dem die Fischer ihren Fang verkaufen, und haben in einer \
            kleinen Bar am Rand des Marktes gegessen, in der es keine Karte gibt und in der man nimmt, was der Koch \
            an diesem Tag gekocht hat, und das war an jedem Abend besser als in den Lokalen, die wir vorher kannten.
            """;

    @Test
    void aGermanStoryUnderALongEnglishSidebarIsReadAsGerman() {
        Draft d = TextDumpReader.read(ENGLISH_SIDEBAR + GERMAN_STORY);
        assertEquals("de", d.language());
        String body = DumpBody.of(d);
        assertTrue(body.contains("die Stierkampfarena"), body);
    }

    /** A tag cloud of names and places, longer than any paragraph: it reads as no language in particular. */
    private static final String TAG_CLOUD = "Tags: " + "Bahia Candomblé Capoeira Salvador Lisboa Porto Recife Olinda "
            .repeat(12) + "\n\n";

    @Test
    void aGermanStoryUnderAnEnglishBlurbAndOverALongerTagCloudIsReadAsGerman() {
        String blurb = "Casino bonus\n\n" + ENGLISH_SIDEBAR.substring(ENGLISH_SIDEBAR.indexOf("This is"),
                ENGLISH_SIDEBAR.indexOf("We take")) + ENGLISH_SIDEBAR.substring(ENGLISH_SIDEBAR.indexOf("If you"));
        Draft d = TextDumpReader.read(blurb + GERMAN_STORY + "\n\n" + TAG_CLOUD);
        assertEquals("de", d.language());
        assertTrue(DumpBody.of(d).contains("die Stierkampfarena"), DumpBody.of(d));
    }

    @Test
    void anEnglishStoryIsStillReadAsEnglish() {
        assertEquals("en", TextDumpReader.read(ENGLISH_SIDEBAR).language());
    }

    @Test
    void aDumpOfOnlyShortLinesHasALanguageOrNone() {
        Draft d = TextDumpReader.read("Home\n\nNews\n\n\u200b\n\nKontakt\n");
        assertTrue(d.language() == null || d.language().length() == 2, String.valueOf(d.language()));
    }

    @Test
    void aParagraphOfSentencesInAScriptWithoutCapitalsIsOneThoughItClosesOnACredit() {
        assertTrue(DumpLanguage.isSentences("नगर निगम ने नया पुस्तकालय खोला। मरम्मत का काम दो साल तक चला। "
                + "फोटो: नगर समाचार"));
        assertTrue(DumpLanguage.isSentences("افتتحت البلدية مكتبة جديدة. فهل ستجذب الشباب؟ تصوير: صحيفة المدينة"));
        assertFalse(DumpLanguage.isSentences("Tags: U.S. politics J. Doe Berlin Lisboa Porto"));
    }
}
