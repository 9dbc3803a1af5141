package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.Set;

/**
 * The page's title a dump opens with ("Headline - Site", as a browser's text export writes it first) repeated by a
 * header line lower down, whole or without the site's name: that line is the headline, however many teasers or menus
 * stand between it and the text.
 */
final class TitleLineCopies {

    private TitleLineCopies() {
    }

    /**
     * The index of the lowest headline-shaped line between the first line and {@code start} that is the first line,
     * or its part before or after a separator, and tells of the text (shares a word of {@code bodyWords}); or -1.
     */
    static int find(List<Candidate> blocks, List<Verdict> verdicts, int start, Set<String> bodyWords) {
        if (blocks.isEmpty()) return -1;
        String title = blocks.get(0).text().strip();
        for (int i = Math.min(start, blocks.size()) - 1; i > 0; i--) {
            String line = blocks.get(i).text().strip();
            if (TitleFinder.headlineShaped(line, verdicts.get(i)) && !TitleFinder.isFurniture(line)
                    && names(title, line) && ContentWords.sharedDistinct(line, bodyWords) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code line} is {@code title}, or the part of it that a mark (not a letter or digit) parts off. */
    private static boolean names(String title, String line) {
        if (title.equals(line)) return true;
        if (line.length() >= title.length()) return false;
        int after = line.length();
        int before = title.length() - line.length();
        return title.startsWith(line) && !Character.isLetterOrDigit(title.codePointAt(after))
                || title.endsWith(line) && !Character.isLetterOrDigit(title.codePointBefore(before));
    }
}
