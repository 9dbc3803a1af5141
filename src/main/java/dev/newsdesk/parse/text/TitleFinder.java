package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the headline of a text dump above its prose: the nearest headline-shaped line (a few words, no closing
 * period) that shares words with the article, and the section label right above it; a quotation under such a
 * short line is an essay's epigraph, and the short line its title. The line set right over the header's byline or
 * dateline is the headline before any nearer one ({@link #anchored}).
 */
final class TitleFinder {

    /** How far above the prose a headline may stand (bylines, datelines, captions, a standfirst sit between). */
    private static final int LOOK_BACK = 12;
    /** What standing right over the header's byline or dateline weighs: more than nearness and shared words. */
    private static final double ANCHORED = 1.0;
    /** What a picture's credit weighs against a line: it marks a caption, whatever its nearness and words. */
    private static final double CAPTION = -1.0;
    /** A sentence's end followed by another: a standfirst over the byline, not a headline. */
    private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?…] +\\p{Lu}");

    /** Fewer chrome lines than this between a byline and a summary are a label or two, not a share bar. */
    private static final int MIN_SHARE_BUTTONS = 3;
    /** Fewer headline-shaped lines than this under a headline are a subtitle, not a standfirst of points. */
    private static final int MIN_POINTS = 3;
    /** A byline and a dateline, each perhaps in two lines ("By" over the name, "Date" over the date). */
    private static final int MAX_BYLINE_LINES = 4;
    /** A line of the byline's block that is no byline: "By", "Date", "Published". */
    private static final int MAX_LABEL_WORDS = 2;
    /** A section's or a menu's label: one to three words ("World", "Local News", "In Depth"). */
    private static final int MAX_SECTION_WORDS = 3;
    /** An outlet's name or a writer's job after the writer's name: "Business Insider", "CNN Editor-at-large". */
    private static final int MAX_OUTLET_WORDS = 4;

    record Heading(String title, String section, int titleIndex) {
    }

    private TitleFinder() {
    }

    static Heading find(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        Set<String> bodyWords = new HashSet<>();
        for (int i = range.start(); i < Math.min(range.end(), range.start() + 6); i++) {
            bodyWords.addAll(ContentWords.of(blocks.get(i).text()));
        }
        int opening = OpeningHeadlines.at(blocks, verdicts, range.start());
        if (opening >= 0) {
            return new Heading(blocks.get(opening).text(), sectionOver(blocks, verdicts, range.start()), opening);
        }
        int from = lookBackFrom(blocks, verdicts, range.start());
        Heading shared = sharedHeadline(blocks, verdicts, range.start(), from);
        if (shared != null) return shared;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        // Under a share bar that closes the header the body opens: its video title or tags are no headline.
        int under = ClosingShareBars.above(blocks, verdicts, range.start(), from);
        boolean captioned = false; // a picture's caption stands between the header and the text
        for (int i = under; i < range.start(); i++) captioned |= CaptionCredits.in(blocks.get(i).text());
        int anchored = anchored(blocks, verdicts, under, from, bodyWords);
        for (int i = under - 1; i >= from; i--) {
            Verdict v = verdicts.get(i);
            String text = blocks.get(i).text();
            if (endsBox(v, text) && !countsComments(blocks, verdicts, i)) {
                if (best >= 0) best = headlineOverBox(blocks, verdicts, best, i, bodyWords);
                break;
            }
            int words = Words.count(text);
            if (v == Verdict.NOISE || words < 2 || words > 30 || SentenceEnds.endsWithFullStop(text) && words > 3) continue;
            if (isFurniture(text) || isListItem(blocks.get(i)) || HeaderCredits.is(blocks, i)
                    || namesWriterOverMark(blocks, verdicts, i)) {
                continue;
            }
            double score = -0.08 * (range.start() - i);
            // A caption with its picture's credit ("(Image: …)", "Foto: …") or cut short by a gallery ("… more")
            // stands nearest the text, never its headline (it stays a candidate: a headline over a box past it is
            // found from it).
            if (CaptionCredits.in(text) || CutCaptions.is(text)) {
                score += CAPTION;
                captioned = true;
            }
            if (i == anchored) score += ANCHORED;
            List<String> tokens = ContentWords.of(text);
            score += ContentWords.shared(tokens, bodyWords) / (double) Math.max(1, words);
            if (words >= 4) score += 0.3;
            if (BlockScorer.endsLikeSentence(text)) score -= 0.3;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        // A label above that tells nothing of the text loses to a headline the run opens asking or exclaiming.
        if (best < 0 || Words.count(blocks.get(best).text()) <= MAX_SECTION_WORDS
                && ContentWords.sharedDistinct(blocks.get(best).text(), bodyWords) == 0) {
            int asked = OpeningHeadlines.asked(blocks, verdicts, range.start());
            if (asked >= 0) return new Heading(blocks.get(asked).text(), sectionOver(blocks, verdicts, asked), asked);
        }
        if (best < 0) {
            // No headline above the prose: the dump starts with its text; a short first line is still the title.
            int at = range.start() < blocks.size() ? range.start() : 0;
            while (at < blocks.size() && (verdicts.get(at) == Verdict.NOISE || verdicts.get(at) == Verdict.END)) at++;
            if (at < blocks.size() && Words.count(blocks.get(at).text()) <= 30
                    && !BlockScorer.endsLikeSentence(blocks.get(at).text())) {
                return new Heading(blocks.get(at).text(), null, at);
            }
            return new Heading(null, null, -1);
        }
        best = headlineOverShareBar(blocks, verdicts, best);
        best = headlineOverStandfirst(blocks, verdicts, best, bodyWords, captioned);
        best = BylineHeadlines.over(blocks, verdicts, best, bodyWords);
        String section = sectionOver(blocks, verdicts, best);
        // A quotation under a short title is the essay's epigraph, not its headline.
        if (section != null && Epigraphs.is(blocks.get(best).text())) {
            return new Heading(section, null, best - 1);
        }
        // A headline printed twice names the story; where the header ends and the text opens stays as found.
        int doubled = DoubledHeadlines.find(blocks, verdicts, range.start(), from, bodyWords);
        // Failing that, the page's title the dump opens with, repeated over the text, unless the line found tells
        // more of the text (the first line is then the site's name, repeated by its logo).
        int named = doubled >= 0 ? doubled : best;
        int copy = doubled >= 0 ? -1 : TitleLineCopies.find(blocks, verdicts, range.start(), bodyWords);
        if (copy >= 0 && ContentWords.sharedDistinct(blocks.get(copy).text(), bodyWords)
                >= ContentWords.sharedDistinct(blocks.get(best).text(), bodyWords)) {
            named = copy;
        }
        return new Heading(blocks.get(named).text(), section, best);
    }

    /** The section's label right over the headline at {@code best}: one to three words, no sentence; or null. */
    private static String sectionOver(List<Candidate> blocks, List<Verdict> verdicts, int best) {
        if (best <= 0) return null;
        String above = blocks.get(best - 1).text();
        int w = Words.count(above);
        return verdicts.get(best - 1) == Verdict.SHORT && w >= 1 && w <= MAX_SECTION_WORDS && above.length() <= 40
                && !BlockScorer.endsLikeSentence(above) && !Dates.isDateline(above)
                && opensAsName(above) && !ShareButtons.are(above) ? above : null;
    }

    /**
     * The headline a share bar's menu names between the header and the text ("Share All sharing options for: …"):
     * the site fills it with the story's own headline. Null when none stands there.
     */
    private static Heading sharedHeadline(List<Candidate> blocks, List<Verdict> verdicts, int start, int from) {
        for (int i = start - 1; i >= from && !endsBox(verdicts.get(i), blocks.get(i).text()); i--) {
            String named = TitleChrome.namedHeadline(blocks.get(i).text());
            if (named != null) return new Heading(named, null, i);
        }
        return null;
    }

    /**
     * The first line the headline may stand on: {@link #LOOK_BACK} lines above {@code start}, past a share bar right
     * over the text (its buttons, one a line in a dump, would use up the look), the byline and the lone words
     * ("smaller", "Larger") set among them.
     */
    private static int lookBackFrom(List<Candidate> blocks, List<Verdict> verdicts, int start) {
        int bar = start;
        while (bar > 0 && (verdicts.get(bar - 1) == Verdict.NOISE || isFurniture(blocks.get(bar - 1).text())
                || Words.count(blocks.get(bar - 1).text()) < 2)) {
            bar--;
        }
        return Math.max(0, bar - LOOK_BACK);
    }

    /**
     * The story's headline above the end-of-article line {@code end} ("Mehr zum Thema", "Comments 0") when
     * {@code best}, found under it, is in the gap between the header and the text: a box's last teaser, a picture's
     * name. A headline-shaped line above it within {@link #LOOK_BACK} that shares more of the text's words than
     * {@code best} is the story's; else {@code best}, a headline under a box of other headlines (or over its byline).
     */
    private static int headlineOverBox(List<Candidate> blocks, List<Verdict> verdicts, int best, int end,
                                       Set<String> bodyWords) {
        // A headline over its byline or dateline is the header's own, whatever stands above it.
        if (best + 1 < blocks.size() && isMark(blocks.get(best + 1).text())) return best;
        int most = ContentWords.sharedDistinct(blocks.get(best).text(), bodyWords);
        int over = best;
        for (int i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) {
            Verdict v = verdicts.get(i);
            if (v == Verdict.END) break;
            String text = blocks.get(i).text();
            if (!headlineShaped(text, v) || isFurniture(text)) continue;
            int shared = ContentWords.sharedDistinct(text, bodyWords);
            if (shared > most) {
                most = shared;
                over = i;
            }
        }
        return over;
    }

    /**
     * The line right over the nearest byline, dateline or run of such fields above {@code start} (a stack of them
     * counts as one), or -1 when there is none or a headline-shaped line stands between it and the prose (a run of
     * other stories' teasers, {@link TeaserRuns}, is stepped over; the line then needs none of the text's words): there
     * the line over the dateline is a section's label or a teaser ("World / 3 May 2021 / Headline / text"). A
     * caption, or a line the text opens with (ending in a colon or an ellipsis), is no such headline. The line
     * must read as a headline (four words or more, one of them the text's; another only over a blog's run of
     * fields, as a name, a reading time or a label stands over a bare date), hold no date and no two sentences (a
     * note on the issue, a standfirst), and stand under no headline-shaped line: else it is the headline's subtitle.
     * A writer's name right over the dateline ({@link #namesWriter}, {@link #bareName}) is the byline, passed over.
     */
    private static int anchored(List<Candidate> blocks, List<Verdict> verdicts, int start, int from,
                                Set<String> bodyWords) {
        boolean teasersUnder = false;
        for (int i = start - 1; i > from; i--) {
            String text = blocks.get(i).text();
            if (endsBox(verdicts.get(i), text)) return -1;
            if (isMark(text)) {
                boolean run = MetaRuns.is(text);
                while (i > from && isMark(blocks.get(i - 1).text())) run |= MetaRuns.is(blocks.get(--i).text());
                int h = i - 1;
                if (h > from && (namesWriter(blocks.get(h).text()) || bareName(blocks.get(h).text())
                        || HeaderCredits.isDesk(blocks, h))) h--;
                Verdict v = verdicts.get(h);
                String line = blocks.get(h).text();
                if (v == Verdict.NOISE || v == Verdict.END || isListItem(blocks.get(h)) || Dates.find(line) != null
                        || twoSentences(line) || !run && (Words.count(line) < 4
                        || !teasersUnder && ContentWords.shared(ContentWords.of(line), bodyWords) == 0)) {
                    return -1;
                }
                if (h == 0 || !headlineShaped(blocks.get(h - 1).text(), verdicts.get(h - 1))) return h;
                // Over a header with teasers under it, a line telling nothing of the text is another teaser.
                if (teasersUnder && ContentWords.sharedDistinct(blocks.get(h - 1).text(), bodyWords) == 0) return h;
                return headlineOverPoints(blocks, verdicts, h, from, bodyWords);
            }
            if (headlineShaped(text, verdicts.get(i)) && !HeaderCredits.is(blocks, i)) {
                // Other stories' headlines between the header and the text are stepped over.
                int teasers = TeaserRuns.top(blocks, verdicts, i, from, bodyWords);
                if (teasers < 0) return -1;
                i = teasers;
                teasersUnder = true;
            }
        }
        return -1;
    }

    /**
     * The headline over a standfirst of points when the line {@code h} over the byline is the last of them: a stack
     * of at least {@link #MIN_POINTS} headline-shaped lines under a headline, each sharing words with the text
     * (bulleted in the page, bare in its dump); else -1: a headline and its subtitle, or other stories' headlines.
     */
    private static int headlineOverPoints(List<Candidate> blocks, List<Verdict> verdicts, int h, int from,
                                          Set<String> bodyWords) {
        int top = h + 1;
        // Each point, and the headline, tells of the text; a stack of other stories' headlines does not.
        while (top - 1 >= from && headlineShaped(blocks.get(top - 1).text(), verdicts.get(top - 1))
                && ContentWords.shared(ContentWords.of(blocks.get(top - 1).text()), bodyWords) >= 2) top--;
        if (top > h) return -1;
        // A headline too long for a short line reads as prose; the points under it are short.
        String over = top - 1 >= from ? blocks.get(top - 1).text() : "";
        boolean longHeadline = top - 1 >= from && verdicts.get(top - 1) == Verdict.PROSE && Words.count(over) <= 30
                && !BlockScorer.endsLikeSentence(over);
        int points = longHeadline ? h - top + 1 : h - top;
        if (points < MIN_POINTS) return -1;
        return longHeadline ? top - 1 : top;
    }

    /**
     * True when {@code line} is a writer's name and the outlet or the job after a comma, each in capitalised words
     * ("Jane Doe, Business Insider", "John Smith, AP Auto Writer"): a byline without its "By" over the dateline. A
     * headline naming a person goes on in small words ("Grace Hopper, the admiral who taught computers English").
     */
    private static boolean namesWriter(String line) {
        int comma = line.indexOf(',');
        String after = comma < 0 ? "" : line.substring(comma + 1).strip();
        if (after.isEmpty()) return false;
        String[] outlet = after.split("\\s+");
        if (outlet.length > MAX_OUTLET_WORDS || !Bylines.isFullName(line.substring(0, comma))) return false;
        for (String word : outlet) if (!Character.isUpperCase(word.codePointAt(0))) return false;
        return true;
    }

    /**
     * True when {@code line} is a writer's bare name, too short to be the headline that {@link #anchored} seeks
     * ("Jane Doe" over the dateline, with no "By"); a headline of four words or more is never read as one.
     */
    static boolean bareName(String line) {
        return Words.count(line) < 4 && Bylines.isFullName(line);
    }

    /**
     * True when line {@code i} is a writer's bare name ({@link #bareName}, a comma after it aside) right over a
     * dateline (noise aside): the byline's name set on a line of its own, never the headline. Over a byline, a short
     * title-cased line is the headline the byline follows.
     */
    private static boolean namesWriterOverMark(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        String text = blocks.get(i).text().strip();
        if (!bareName(text.endsWith(",") ? text.substring(0, text.length() - 1) : text)) return false;
        int under = i + 1;
        while (under < blocks.size() - 1 && verdicts.get(under) == Verdict.NOISE) under++;
        if (under >= blocks.size()) return false;
        String mark = blocks.get(under).text();
        return isMark(mark) && Bylines.authors(mark) == null;
    }

    /**
     * The first index of the run of header marks ({@link #isMark}) that ends right above {@code at}; {@code at} when
     * none does.
     */
    static int topOfMarks(List<Candidate> blocks, int at) {
        int top = at;
        while (top > 0 && isMark(blocks.get(top - 1).text())) top--;
        return top;
    }

    /** True when {@code text} holds a sentence's end followed by another sentence. */
    static boolean twoSentences(String text) {
        return TWO_SENTENCES.matcher(text).find();
    }

    /** A line of four words or more with no sentence's end, no colon or ellipsis closing it, and no credit. */
    static boolean headlineShaped(String text, Verdict v) {
        return v == Verdict.SHORT && Words.count(text) >= 4 && !BlockScorer.endsLikeSentence(text)
                && !text.endsWith(":") && !text.endsWith("…") && !text.endsWith("...") && !CaptionCredits.in(text);
    }

    /**
     * True when the line ends the box above the text ("Comments 0", "Related articles"); a byline that gives the
     * comment count with the writer ("By Jane Doe 0 Comments") is the header's own mark.
     */
    static boolean endsBox(Verdict v, String text) {
        return v == Verdict.END && !isMark(text);
    }

    /**
     * True when line {@code i} is a comment count right under a headline-shaped line ("New, 6 comments"; a byline with
     * its date reads as one too): the header counts its story's comments beside the headline, where no box of other
     * stories ends.
     */
    private static boolean countsComments(List<Candidate> blocks, List<Verdict> verdicts, int i) {
        return i > 0 && CommentCounts.isCount(blocks.get(i))
                && headlineShaped(blocks.get(i - 1).text(), verdicts.get(i - 1));
    }

    /**
     * A header's mark ({@link #isMark}), a share bar's buttons, other chrome ({@link TitleChrome}), an editor's
     * note's label or a menu's links on one line ({@link MenuLines}): no headline.
     */
    static boolean isFurniture(String text) {
        return isMark(text) || ShareButtons.are(text) || TitleChrome.is(text) || EditorNoteLabels.is(text)
                || MenuLines.is(text);
    }

    /**
     * A byline, a dateline, a run of fields holding one, a note on where the piece appeared, or a Chinese source
     * and time line ({@link SourceLines}): the header's marks, never its headline.
     */
    static boolean isMark(String text) {
        return Bylines.authors(text) != null || Dates.isDateline(text) || MetaRuns.is(text) || IssueNotes.is(text)
                || SourceLines.is(text);
    }

    /** A bulleted line: a standfirst's point (a tabloid sets several under its headline), never the headline. */
    private static boolean isListItem(Candidate c) {
        return c.kind() == Candidate.Kind.LIST_ITEM;
    }

    /**
     * The headline of a header set as headline, byline and dateline, share bar, summary, when {@code best} is that
     * summary: it shares the text's words and stands nearest it, but the share bar's buttons under the byline part it
     * from the header's own headline. Else {@code best}.
     */
    private static int headlineOverShareBar(List<Candidate> blocks, List<Verdict> verdicts, int best) {
        if (!DumpStandfirst.isSummary(blocks.get(best), verdicts.get(best))) return best;
        int i = best - 1;
        while (i >= 0 && verdicts.get(i) == Verdict.NOISE) i--;
        if (best - 1 - i < MIN_SHARE_BUTTONS) return best;
        boolean marked = false;
        for (int lines = 0; i >= 0 && lines < MAX_BYLINE_LINES; i--, lines++) {
            Candidate c = blocks.get(i);
            if (DumpStandfirst.isHeaderMark(c)) marked = true;
            else if (Words.count(c.text()) > MAX_LABEL_WORDS || verdicts.get(i) != Verdict.SHORT) break;
        }
        if (!marked || i < 0 || verdicts.get(i) != Verdict.SHORT) return best;
        String text = blocks.get(i).text();
        int words = Words.count(text);
        return words >= 2 && words <= 30 && !BlockScorer.endsLikeSentence(text) && Bylines.authors(text) == null
                && !Dates.isDateline(text) ? i : best;
    }

    /**
     * The headline right over {@code best} when {@code best} is the standfirst under it: a sentence-long summary
     * shares more of the text's words than its headline and stands nearer, but a shorter headline-shaped line right
     * above it (past chrome) that tells of the text is the header's own headline (a menu or a breadcrumb is longer
     * or tells of nothing). With no caption between, the line must also tell of the standfirst ({@link
     * #tellsOfStandfirst}): there a teaser or a site's slogan stands over a standfirst as often. Else {@code best}.
     */
    private static int headlineOverStandfirst(List<Candidate> blocks, List<Verdict> verdicts, int best,
                                              Set<String> bodyWords, boolean captioned) {
        if (!DumpStandfirst.isSummary(blocks.get(best), verdicts.get(best))) return best;
        int i = best - 1;
        while (i >= 0 && verdicts.get(i) == Verdict.NOISE) i--;
        if (i < 0) return best;
        String text = blocks.get(i).text();
        if (!headlineShaped(text, verdicts.get(i)) || isFurniture(text)
                || Words.count(text) >= Words.count(blocks.get(best).text())) {
            return best;
        }
        int shared = ContentWords.sharedDistinct(text, bodyWords);
        return shared > 0 && (captioned || tellsOfStandfirst(text, shared, blocks.get(best).text())) ? i : best;
    }

    /**
     * True when {@code line}, sharing {@code shared} of the text's words, shares two of them and one of the
     * standfirst's: the headline it sums up.
     */
    private static boolean tellsOfStandfirst(String line, int shared, String standfirst) {
        return shared >= 2 && ContentWords.sharedDistinct(line, new HashSet<>(ContentWords.of(standfirst))) >= 1;
    }

    /**
     * True when {@code label} opens with a letter that is not a small one: a capital, or a letter of a script without
     * capitals (Arabic, Hebrew, Devanagari, Chinese), whose section labels would otherwise never be one.
     */
    private static boolean opensAsName(String label) {
        int first = label.codePointAt(0);
        return Character.isLetter(first) && !Character.isLowerCase(first);
    }
}
