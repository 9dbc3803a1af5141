package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A section is a short label: a keyword list or an advertising slot's label where the section goes is none. */
class SectionsTest {

    private static String section(String given) throws Exception {
        return parse("{\"title\": \"Council approves the bridge budget\", \"section\": %s, \"body\": %s}"
                .formatted(TextNode.valueOf(given), TextNode.valueOf(ENGLISH_PROSE)), "story.json").section();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sport", "Politique", "Science & Technology", "Arts, Culture and Entertainment", "Wirtschaft"})
    void keepsALabel(String label) throws Exception {
        assertEquals(label, section(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridges, budget, council", "news; local", "Advertisement", "Anzeige", "Iklan", "Publicité",
            "the latest news and analysis from our reporters across the region"})
    void dropsWhatIsNoSection(String notASection) throws Exception {
        assertNull(section(notASection));
    }

    private static String sectionOfUpload(String key, String json) throws Exception {
        return parse(json, key).section();
    }

    @ParameterizedTest
    @CsvSource({"city/council.json, city", "tech-news/council.json, tech news", "Sport/2024/council.json, Sport"})
    void anUploadsFolderNamesTheSectionWhenTheFileNamesNone(String key, String expected) throws Exception {
        assertEquals(expected, sectionOfUpload(key, STORY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"council.json", "2024/council.json", "2024-03/council.json", "/council.json"})
    void aFileAtTheTopOrInADatedFolderHasNoSection(String key) throws Exception {
        assertNull(sectionOfUpload(key, STORY));
    }

    @org.junit.jupiter.api.Test
    void theFilesOwnSectionWinsOverItsFolder() throws Exception {
        assertEquals("Politique", sectionOfUpload("city/story.json",
                "{\"title\": \"Council approves the bridge budget\", \"section\": \"Politique\", \"body\": %s}"
                        .formatted(TextNode.valueOf(ENGLISH_PROSE))));
        assertEquals("city", sectionOfUpload("city/story.json",
                "{\"title\": \"Council approves the bridge budget\", \"section\": \"Advertisement\", \"body\": %s}"
                        .formatted(TextNode.valueOf(ENGLISH_PROSE))), "a label that is no section leaves the folder's");
    }

    private static final String STORY = "{\"title\": \"Council approves the bridge budget\", \"body\": %s}"
            .formatted(TextNode.valueOf(ENGLISH_PROSE));
}
