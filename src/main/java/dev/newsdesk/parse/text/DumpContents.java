package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A story's table of contents in a dump: a label ("Contents", "Inhalt: ...") over a run of short title-like lines
 * (its sections' names) set between the header and the text. Found so the header's lines above it are still read
 * as the header's, however many sections it lists.
 */
final class DumpContents {

    /** A contents line names a section: a title, never a sentence's length. */
    private static final int MAX_ENTRY_WORDS = 10;
    /** The name of a table of contents, alone on its line or before a colon. */
    private static final Set<String> LABELS = Set.of("contents", "table of contents", "in this article",
            "on this page", "inhalt", "inhaltsverzeichnis", "inhaltsübersicht", "sommaire", "table des matières",
            "índice", "indice", "contenido", "contenidos", "sommario", "inhoud", "inhoudsopgave", "spis treści",
            "содержание", "目录", "目次");

    private DumpContents() {
    }

    /** The index of the label of a table of contents whose last line is {@code last}, or -1. */
    static int startOf(List<Candidate> blocks, int last) {
        for (int i = last; i >= 0 && isEntry(blocks.get(i)); i--) {
            if (isLabel(blocks.get(i).text())) return i < last ? i : -1;
        }
        return -1;
    }

    /** A section's name: short, no sentence, no byline or dateline (the header's own lines end the run). */
    static boolean isEntry(Candidate c) {
        return c.words() <= MAX_ENTRY_WORDS && !BlockScorer.endsLikeSentence(c.text())
                && !DumpStandfirst.isHeaderMark(c);
    }

    /** True when {@code text} names a table of contents, alone or before a colon. */
    static boolean isLabel(String text) {
        String line = text.strip().toLowerCase(Locale.ROOT);
        int colon = line.indexOf(':');
        return LABELS.contains((colon < 0 ? line : line.substring(0, colon)).strip());
    }
}
