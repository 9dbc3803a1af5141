package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.QuoteHeaders;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A forum thread's posts quote each other: a reply repeats the paragraph it answers word for word under "jane
 * wrote:". On a story's page a paragraph said twice is a second copy ({@link Copies}); in a thread it is the reply's
 * quotation, which the page shows as the reply's, so it stays. So does the line over it that says whose words they are
 * ("jane wrote:", "Quote from: jane on June 20"), with the quoted post's date under it: without it the quoted words
 * read as the replier's own. Elsewhere such a line is a post's frame ({@link ForumPostLines}).
 */
final class ForumQuotes {

    /** Most words of a poster's name line ("jane", "Jane Doe"). */
    private static final int MAX_NAME_WORDS = 3;

    private ForumQuotes() {
    }

    /**
     * Turns back, in place, each paragraph of the thread {@code range} that repeats an earlier post's into prose, and
     * the line over it that names whose words they are.
     */
    static void keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Set<String> posted = new HashSet<>();
        Set<String> posters = null;
        for (int i = range.start(); i < range.end(); i++) {
            String text = blocks.get(i).text();
            boolean quoted = posted.contains(text);
            if (verdicts.get(i) == Verdict.PROSE) posted.add(text);
            else if (verdicts.get(i) == Verdict.NOISE && quoted) verdicts.set(i, Verdict.PROSE);
            if (quoted && verdicts.get(i) == Verdict.PROSE) {
                if (posters == null) posters = posters(blocks);
                // a repeated attribution ("jane wrote:" again) is over the quotation, the line over it the post's frame
                if (!isHeader(blocks.get(i), Verdict.NOISE, posters)) keepHeader(blocks, verdicts, range, i, posters);
            }
        }
    }

    /**
     * The names of {@code blocks} that may be a poster's: a few words alone on a line, or the word opening a post's
     * dated frame line ("jane V.I.P. 17.03.2020, 21:58"), which come back less often than the frame's short lines
     * ("Quote", "Top", "Posts: 722") come back: with every post. A poster may post often, but not every post.
     */
    private static Set<String> posters(List<Candidate> blocks) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (Candidate c : blocks) {
            if (c.words() <= MAX_NAME_WORDS) lines.merge(c.text().strip(), 1, Integer::sum);
            String name = poster(c);
            if (name != null) names.merge(name, 1, Integer::sum);
        }
        int frame = lines.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> posters = new HashSet<>();
        names.forEach((name, n) -> {
            if (n < frame) posters.add(name);
        });
        return posters;
    }

    /**
     * Marks as prose the attribution over the quotation at {@code quote}, and the quoted post's date under it, if
     * there is one.
     */
    private static void keepHeader(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, int quote,
            Set<String> posters) {
        int i = quote - 1;
        if (i < range.start()) return;
        boolean dated = !isHeader(blocks.get(i), verdicts.get(i), posters) && Dates.isDateline(blocks.get(i).text());
        if (dated) i--;
        if (i < range.start() || !isHeader(blocks.get(i), verdicts.get(i), posters)) return;
        verdicts.set(i, Verdict.PROSE);
        if (dated) verdicts.set(i + 1, Verdict.PROSE);
    }

    /** The name {@code c} may be: its line of a few words, or the word opening its dated frame line; or null. */
    private static String poster(Candidate c) {
        String text = c.text().strip();
        if (c.words() > QuoteHeaders.MAX_WORDS || text.codePoints().noneMatch(Character::isLetter)) return null;
        if (c.words() <= MAX_NAME_WORDS && text.indexOf(':') < 0) return text;
        boolean frame = Dates.isDateline(text) && ForumPostLines.label(text) == null && !ForumPostLines.opensQuote(text);
        if (!frame) return null;
        String[] words = text.split("\\s+", 3);
        boolean named = words.length == 3 && Character.isLetter(words[0].codePointAt(0))
                && Character.isLetter(words[1].codePointAt(0)) && !Dates.isMonth(words[1]);
        return named ? words[0] : null;
    }

    /**
     * Whether {@code c} reads as a quote's attribution: a line that says or labels ("jane wrote:", "Quote from: jane
     * on June 20") and names one of the thread's {@code posters}. A post's own frame over a reply that opens with
     * its quotation ("Posted: June 20", "« Reply #2 on: …", "Edit:") is labelled too, in any language, but names none.
     */
    private static boolean isHeader(Candidate c, Verdict v, Set<String> posters) {
        if (v == Verdict.PROSE || c.words() > QuoteHeaders.MAX_WORDS) return false;
        String text = c.text().strip();
        return (ForumPostLines.opensQuote(text) || ForumPostLines.label(text) != null) && names(text, posters);
    }

    /** Whether {@code text} holds one of {@code posters} as words of its own, not inside a longer word. */
    private static boolean names(String text, Set<String> posters) {
        for (String name : posters) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
