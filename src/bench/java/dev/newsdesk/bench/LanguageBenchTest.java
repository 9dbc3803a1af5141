package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What LanguageBench reads of a test file and how it scores it. */
class LanguageBenchTest {

    @Test
    void readsNoSentencePastTheFiveHundredth(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) lines.add("sentence " + i);
        Path file = Files.write(dir.resolve("xx.txt"), lines);
        List<String> read = LanguageBench.development(file);
        assertEquals(500, read.size());
        assertEquals("sentence 500", read.get(499));
    }

    @Test
    void groupsFiveSentencesAndDropsAnIncompleteRun() {
        List<String> seven = List.of("a.", "b.", "c.", "d.", "e.", "f.", "g.");
        assertEquals(List.of("a. b. c. d. e."), LanguageBench.paragraphs(seven));
    }

    @Test
    void scoresTheShareNamedRight() {
        assertEquals(0.75, LanguageBench.share(List.of("1", "2", "3", "x"), t -> t.equals("x") ? "en" : "fr", "fr"));
        assertEquals(0, LanguageBench.share(List.of(), t -> "fr", "fr"));
    }
}
