package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subheading that opens the article's text inside its element (the first section's title, "Key findings"): the
 * article's, like the subheadings between its paragraphs, though no paragraph stands above it. The headline
 * ({@code h1}, or any heading the page's titles repeat) and a kicker of a word or two are not.
 */
final class OpeningSubheading {

    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** Fewer words make a kicker or a section's label ("News", "In brief"), not a subheading. */
    private static final int MIN_WORDS = 3;

    private OpeningSubheading() {
    }

    /**
     * {@code range} of {@code chosen} (whose blocks are {@code all}'s at {@code chosenAt}) opened one block earlier
     * when the block above it is such a subheading, else {@code range}; {@code titles} are the page's titles.
     */
    static MainRegion.Range include(List<Candidate> chosen, List<Integer> chosenAt, List<HtmlBlock> all,
                                    MainRegion.Range range, String... titles) {
        if (range.isEmpty() || range.start() == 0) return range;
        Candidate c = chosen.get(range.start() - 1);
        if (c.kind() != Candidate.Kind.HEADING || c.words() < MIN_WORDS || c.linkDensity() > 0) return range;
        if (!SUBHEADINGS.contains(all.get(chosenAt.get(range.start() - 1)).owner().normalName())) return range;
        String text = c.text().toLowerCase(Locale.ROOT);
        for (String title : titles) {
            if (title != null && title.toLowerCase(Locale.ROOT).contains(text)) return range;
        }
        return new MainRegion.Range(range.start() - 1, range.end());
    }
}
