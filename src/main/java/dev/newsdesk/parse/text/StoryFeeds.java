package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A feed of other stories under a label that invites to read more ("Want more stories like this?") or names their box
 * ("Related"): card after card, a kicker, a headline, a line of tags or a date and one short summary each. The
 * summaries read as prose, so the run of the article carries on through the feed; the label is where it ends, when
 * what follows it is cards and not the story.
 */
final class StoryFeeds {

    /** Ordinary invitations to read on, as a short line's {@link Boilerplate#key} without its question mark. */
    private static final Pattern LABEL = Pattern.compile("(?:"
            // en
            + "(?:want|looking for|craving) more(?: (?:stories|articles|news|reads))?(?: like (?:this|these))?"
            + "|more (?:stories|articles|reads) like (?:this|these)|(?:enjoyed|liked) (?:this|the) (?:story|article)"
            // de, fr, es
            + "|lust auf mehr(?: (?:geschichten|artikel))?|(?:mehr|weitere) (?:geschichten|artikel) wie diese[rn]?"
            + "|envie d'en (?:lire|savoir) plus|¿?quieres (?:leer )?m[áa]s(?: historias| art[íi]culos)?"
            + ")\\s*[?？]?", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** Longer than this, a line is not a label. */
    private static final int MAX_LABEL_CHARS = 60;
    /** Fewer lone paragraphs than this under the label are the story's last ones, not a feed. */
    private static final int MIN_CARDS = 3;
    /** The share of the paragraphs under the label that must stand alone between short lines, as cards' do. */
    private static final double CARD_SHARE = 0.75;

    private StoryFeeds() {
    }

    /** {@code range} ended at the first invitation to more stories under its prose that a feed of cards follows. */
    static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        boolean proseAbove = false;
        for (int i = range.start(); i < range.end(); i++) {
            Verdict v = verdicts.get(i);
            if (v == Verdict.PROSE) {
                proseAbove = true;
            } else if (proseAbove && blocks.get(i).text().length() <= MAX_LABEL_CHARS) {
                String key = Boilerplate.key(blocks.get(i).text());
                boolean invitation = LABEL.matcher(key).matches();
                if ((invitation || Boilerplate.isLeadInAlone(key))
                        && cardsFollow(blocks, verdicts, i + 1, range.end(), !invitation)) {
                    return new MainRegion.Range(range.start(), i);
                }
            }
        }
        return range;
    }

    /**
     * True when the paragraphs of [{@code from}, {@code to}) are mostly lone ones, and enough of them: cards. Under a
     * box's bare lead-in ({@code dated}: "Related", "Read also"), only a lone paragraph with its date in one of the
     * two lines under it counts: a blog's related posts are dated, where the story's own short paragraphs between
     * its subheadings, past a box set in it (a list article's "1. Lisbon"), are not.
     */
    private static boolean cardsFollow(List<Candidate> blocks, List<Verdict> verdicts, int from, int to,
                                       boolean dated) {
        int paragraphs = 0;
        int lone = 0;
        for (int i = from; i < to; i++) {
            if (verdicts.get(i) != Verdict.PROSE) continue;
            paragraphs++;
            boolean lastBlock = i + 1 == verdicts.size();
            if (verdicts.get(i - 1) != Verdict.PROSE && (lastBlock || verdicts.get(i + 1) != Verdict.PROSE)
                    && (!dated || datedUnder(blocks, i))) {
                lone++;
            }
        }
        return lone >= MIN_CARDS && lone >= CARD_SHARE * paragraphs;
    }

    /** True when one of the two blocks under block {@code i} is a dateline. */
    private static boolean datedUnder(List<Candidate> blocks, int i) {
        for (int j = i + 1; j <= i + 2 && j < blocks.size(); j++) {
            if (Dates.isDateline(blocks.get(j).text())) return true;
        }
        return false;
    }
}
