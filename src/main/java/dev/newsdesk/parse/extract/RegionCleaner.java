package dev.newsdesk.parse.extract;

import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Related;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sorts the blocks of the article's region: prose and subheadings make the body; bylines and datelines become
 * metadata; teasers for other articles go to {@code related}; the rest of the chrome is dropped.
 */
public final class RegionCleaner {

    /** Longer than this without closing punctuation, a lone line inside the article is a teaser, not a subheading. */
    public static final int MAX_SUBHEADING_WORDS = 12;
    /** Longer than this, a block is no byline, whatever it opens with. */
    private static final int MAX_BYLINE_WORDS = 12;

    /**
     * What the region held, sorted. {@code origins} holds, for each block, the index of the candidate it came from
     * (a list's first item), so that a reader can put the media it found between the blocks in reading order.
     */
    public record Sorted(List<Block> blocks, List<Integer> origins, List<Related> related, List<String> authors,
                         String publishedAt) {
    }

    private RegionCleaner() {
    }

    /**
     * Sorts {@code blocks[range]}, judged by {@code verdicts}. With {@code keepShortParagraphs} (markup, where the
     * element holding the article is known) a short paragraph is the article's; in a dump it must earn its place.
     * A dateline in numbers that could be read either way round ({@code 12/03/2026}) is left unread.
     */
    public static Sorted sort(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range,
                              boolean keepShortParagraphs) {
        return sort(blocks, verdicts, range, keepShortParagraphs, DayOrder.UNKNOWN);
    }

    /**
     * {@link #sort(List, List, MainRegion.Range, boolean)}, a dateline in numbers read in the page's {@code order}
     * (a dump's language tells it), as the header above the region is.
     */
    public static Sorted sort(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range,
                              boolean keepShortParagraphs, DayOrder order) {
        List<Block> body = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        List<Related> related = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        String date = null;
        int byline = -1;
        for (int i = range.start(); i < range.end(); i++) {
            Candidate c = blocks.get(i);
            Verdict v = verdicts.get(i);
            String text = c.text();
            if (v == Verdict.NOISE || v == Verdict.END) continue;
            String teaser = Boilerplate.teaserHeadline(text);
            if (teaser != null) {
                related.add(new Related(teaser, null));
                continue;
            }
            int words = c.words();
            List<String> names = bylineNames(c);
            if (names != null) {
                authors.addAll(names);
                byline = i;
                continue;
            }
            // A dateline above the text dates the article; below, it belongs to what it follows (an embedded post),
            // unless its label says it is the article's and it stands in no run of fields (a photo's details).
            // Right under or over the byline, past a standfirst at most, it is the article's header all the same.
            boolean labelled = v == Verdict.SHORT && LabelledDateline.opens(text);
            if (v == Verdict.SHORT && (body.isEmpty() || !keepShortParagraphs
                    || labelled && !FieldRun.holds(blocks, i, range))
                    && Dates.isDateline(text, labelled)) {
                boolean header = body.isEmpty()
                        || body.size() == 1 && (byline == i - 1 || i + 1 < range.end() && bylineNames(blocks.get(i + 1)) != null);
                if (date == null && header) date = Dates.datelineDate(text, order);
                continue;
            }
            if (v == Verdict.SHORT && labelOverDate(blocks, verdicts, i, range)) {
                i++; // the date under the label goes with it
                continue;
            }
            if (v == Verdict.PROSE) {
                add(body, origins, toBlock(c), i);
                continue;
            }
            // A short block: a subheading when it stands alone between prose, a teaser when it is marked off or
            // reads as a headline, chrome when it comes in a cluster of short lines.
            // In a dump, a "Read more: headline" line between a paragraph and a subheading is a box set between them.
            // So is a picture's credit set between a paragraph and the subheading under the picture.
            boolean prevProse = i > range.start() && verdicts.get(i - 1) == Verdict.PROSE
                    || !keepShortParagraphs && i - 1 > range.start() && verdicts.get(i - 2) == Verdict.PROSE
                    && (Boilerplate.teaserHeadline(blocks.get(i - 1).text()) != null
                    || PictureCredits.in(blocks.get(i - 1).text()));
            boolean nextProse = i + 1 < range.end() && verdicts.get(i + 1) == Verdict.PROSE;
            boolean numbered = SectionNumbers.opens(text);
            boolean headlineLike = words >= 4 && !BlockScorer.endsLikeSentence(text) && !numbered;
            // In markup a teaser links to its article from its headline, its first words: an unlinked line there
            // is the article's (a list set with line breaks, a closing line ending in an emoji), and so is one that
            // links only after its own words (a line of a CV ending on a link to the show's video); not a quoted
            // block, whose links at the end are an embedded post's (its short address, its tags).
            boolean linkedIfMarkup = !keepShortParagraphs || c.linkDensity() > 0
                    && (c.kind() == Candidate.Kind.QUOTE || !LinkLead.opensUnlinked(c.markup()));
            if (c.marked() && headlineLike
                    || words > MAX_SUBHEADING_WORDS && headlineLike && prevProse && linkedIfMarkup) {
                related.add(new Related(text.strip(), null));
            } else if (c.kind() == Candidate.Kind.LIST_ITEM && (words >= 3 && (prevProse || nextProse
                    || neighbourIsList(blocks, i, range)) || !keepShortParagraphs && amidPhrases(blocks, i, range))) {
                add(body, origins, toBlock(c), i);
            } else if (!keepShortParagraphs && isShortSentence(text, nextProse)
                    || keepShortParagraphs && isWrittenAsSentence(c, text)) {
                add(body, origins, toBlock(c), i);
            } else if (nextProse && (prevProse || c.kind() == Candidate.Kind.HEADING
                    // in a dump, a paragraph closing on a one-line sentence is prose above a subheading all the same
                    || !keepShortParagraphs && underClosingLine(blocks, verdicts, i, range))
                    && (words <= MAX_SUBHEADING_WORDS || numbered) && words >= 1) {
                add(body, origins, heading(c), i);
            } else if (c.kind() == Candidate.Kind.QUOTE && words >= 5) {
                add(body, origins, toBlock(c), i);
            } else if (keepShortParagraphs && c.kind() != Candidate.Kind.HEADING) {
                add(body, origins, toBlock(c), i);
            } else if (keepShortParagraphs && words <= MAX_SUBHEADING_WORDS) {
                add(body, origins, heading(c), i);
            }
        }
        mergeLists(body, origins);
        return new Sorted(body, origins, related, List.copyOf(authors), date);
    }

    /**
     * Whether a short block of markup is a paragraph the writer wrote as one sentence ("The vote is on Friday."): a
     * {@code <p>} that ends on a full stop and does not open in bold. A subheading asks ("What happens next?") or
     * names ("The cost"), and one set as a paragraph opens in bold (the block's markup writes {@code <b>} as
     * {@code <strong>}).
     */
    private static boolean isWrittenAsSentence(Candidate c, String text) {
        String t = text.strip();
        return c.kind() == Candidate.Kind.PARAGRAPH && t.endsWith(".") && !t.endsWith("...")
                && (c.markup() == null || !c.markup().startsWith("<strong>"));
    }

    /**
     * Whether dump block {@code i} stands under a line written as a sentence ("He smiled.") that closes a paragraph:
     * a section of the story ending on a one-liner before its next subheading, where a run of other stories'
     * headlines or menu lines has no paragraph above it. A credit closes a story, not a section ("Reuters
     * contributed.", "Additional reporting by Jane Doe", a picture's), so the next story's headline stands under
     * it; and a line in brackets, above or below, is a box or a placeholder as the dump printed it ("[Related:
     * ...]", "(Related: ...)"), not a sentence or a subheading.
     */
    private static boolean underClosingLine(List<Candidate> blocks, List<Verdict> verdicts, int i,
                                            MainRegion.Range range) {
        if (i - 2 < range.start() || verdicts.get(i - 1) != Verdict.SHORT || verdicts.get(i - 2) != Verdict.PROSE) {
            return false;
        }
        String closing = blocks.get(i - 1).text();
        return isShortSentence(closing, false) && !isCredit(closing) && !bracketed(closing)
                && !bracketed(blocks.get(i).text());
    }

    /** Whether the short line {@code text} credits the story's writers, a news agency or a picture's maker. */
    private static boolean isCredit(String text) {
        return Bylines.authors(text) != null || WireCredit.namesAgency(text) || PictureCredits.in(text);
    }

    /** Whether {@code text} opens with a bracket or a guillemet, as a dump prints a box or a placeholder. */
    private static boolean bracketed(String text) {
        String t = text.strip();
        return !t.isEmpty() && "[(【«".indexOf(t.charAt(0)) >= 0;
    }

    /** Whether block {@code i} is a date's label alone ("Release date:") over a short dateline, its value. */
    private static boolean labelOverDate(List<Candidate> blocks, List<Verdict> verdicts, int i,
                                         MainRegion.Range range) {
        return i + 1 < range.end() && verdicts.get(i + 1) == Verdict.SHORT
                && LabelledDateline.isAlone(blocks.get(i).text()) && Dates.isDateline(blocks.get(i + 1).text());
    }

    /** The names {@code c} signs the article with, when it is a byline; else null. */
    private static List<String> bylineNames(Candidate c) {
        return c.words() <= MAX_BYLINE_WORDS ? Bylines.authors(c.text()) : null;
    }

    /**
     * True when a short line of a dump is a sentence of the article's: a one-line paragraph, a question, a step.
     * Menus, tags and teasers' titles end with no stop; a teaser cut short ends with an ellipsis; a line ending with
     * a colon introduces what follows, so it is the article's only when prose follows (not a list of links).
     */
    public static boolean isShortSentence(String text, boolean nextProse) {
        if (!BlockScorer.endsLikeSentence(text) || text.endsWith("...") || text.endsWith("…")) return false;
        return (nextProse || !text.endsWith(":")) && !titleCase(text);
    }

    /**
     * True when each of at least three longer words of {@code text} starts with a capital, the rest in lower case: a
     * headline's style. A line all in capitals is a subheading set loud, as stories set theirs.
     */
    public static boolean titleCase(String text) {
        if (text.chars().noneMatch(Character::isLowerCase)) return false;
        int capitals = 0;
        for (String w : text.split("[\\s\"'“”‘’]+")) {
            if (w.length() < 4 || !Character.isLetter(w.codePointAt(0))) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
            capitals++;
        }
        return capitals >= 3;
    }

    private static void add(List<Block> body, List<Integer> origins, Block block, int origin) {
        body.add(block);
        origins.add(origin);
    }

    /**
     * True when the short item {@code i} stands inside a run of list items two thirds of which are phrases of three
     * words or more: one item of a list of tips or steps that happens to be short ("Rest"), where a menu's items are
     * mostly one or two words.
     */
    private static boolean amidPhrases(List<Candidate> blocks, int i, MainRegion.Range range) {
        int from = i;
        while (from > range.start() && blocks.get(from - 1).kind() == Candidate.Kind.LIST_ITEM) from--;
        int to = i + 1;
        while (to < range.end() && blocks.get(to).kind() == Candidate.Kind.LIST_ITEM) to++;
        if (from == i || to == i + 1) return false; // the list's first or last line: a label or a button as often
        int phrases = 0;
        for (int j = from; j < to; j++) if (blocks.get(j).words() >= 3) phrases++;
        return phrases * 3 >= 2 * (to - from);
    }

    private static boolean neighbourIsList(List<Candidate> blocks, int i, MainRegion.Range range) {
        return i + 1 < range.end() && blocks.get(i + 1).kind() == Candidate.Kind.LIST_ITEM
                || i > range.start() && blocks.get(i - 1).kind() == Candidate.Kind.LIST_ITEM;
    }

    private static Block toBlock(Candidate c) {
        return switch (c.kind()) {
            case HEADING -> heading(c);
            case LIST_ITEM -> Block.list(c.text(), c.ordered()).withMarkup(c.markup());
            case QUOTE -> Block.quote(c.text()).withMarkup(c.markup());
            case PARAGRAPH -> Block.paragraph(c.text()).withMarkup(c.markup());
        };
    }

    private static Block heading(Candidate c) {
        return Block.heading(c.text()).withMarkup(c.markup());
    }

    /**
     * Consecutive list items of one kind (numbered or not) become one list block, items separated by a newline (the
     * Block contract), in place; the merged block keeps its first item's origin.
     */
    static void mergeLists(List<Block> blocks, List<Integer> origins) {
        // each run is joined once: a dump of thousands of bullets joined item by item copied the list each time
        List<Block> merged = new ArrayList<>(blocks.size());
        List<Integer> mergedOrigins = new ArrayList<>(origins.size());
        for (int i = 0, end; i < blocks.size(); i = end) {
            end = i + 1;
            while (end < blocks.size() && sameList(blocks.get(end - 1), blocks.get(end))) end++;
            List<Block> run = blocks.subList(i, end);
            merged.add(run.size() == 1 ? run.get(0) : run.get(0).withText(
                    String.join("\n", run.stream().map(Block::text).toList())).withMarkup(ArticleHtml.joinItems(run)));
            mergedOrigins.add(origins.get(i));
        }
        blocks.clear();
        blocks.addAll(merged);
        origins.clear();
        origins.addAll(mergedOrigins);
    }

    private static boolean sameList(Block before, Block b) {
        return b.type() == Block.Type.LIST && before.type() == Block.Type.LIST && b.ordered() == before.ordered();
    }
}
