package dev.newsdesk.parse.text;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PostFooters;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text page dump: blocks separated by blank lines, the article somewhere among menus, teasers,
 * comment forms and widgets. The title is the headline just above the article's prose, and a one-to-three-word
 * line just above the title is its section.
 */
public final class TextDumpReader {

    private TextDumpReader() {
    }

    /** Reads {@code text}. */
    public static Draft read(String text) {
        List<Candidate> blocks = TextBlocks.split(MarkdownLinks.words(LinkReferences.strip(text)));
        String language = DumpLanguage.of(blocks);
        BlockScorer scorer = new BlockScorer(language, true);
        List<Verdict> verdicts = judge(blocks, scorer);
        MainRegion.Range range = article(blocks, verdicts, scorer);
        if (range.isEmpty()) range = new MainRegion.Range(0, blocks.size());
        TitleFinder.Heading heading = TitleFinder.find(blocks, verdicts, range);
        int bodyStart = range.start();
        if (heading.titleIndex() >= bodyStart) bodyStart = heading.titleIndex() + 1;
        DayOrder order = DayOrder.of(null, language);
        RegionCleaner.Sorted sorted = RegionCleaner.sort(blocks, verdicts, new MainRegion.Range(bodyStart, range.end()),
                false, order);
        // A byline or dateline just above the body (between title and prose) is still the article's.
        List<String> authors = new ArrayList<>(sorted.authors());
        String date = sorted.publishedAt();
        List<String> marks = new ArrayList<>();
        for (int i = Math.max(0, heading.titleIndex() + 1); i < bodyStart; i++) marks.add(blocks.get(i).text());
        int under = marks.size();
        // Failing those, a blog's byline or dateline set over its headline.
        marks.addAll(MarksOverHeadline.find(blocks, verdicts, heading.titleIndex()));
        for (int i = 0; i < marks.size() && (authors.isEmpty() || date == null); i++) {
            var names = Bylines.authors(marks.get(i));
            if (names != null && authors.isEmpty()) authors.addAll(names);
            if (date == null) date = Dates.datelineDate(marks.get(i), order);
        }
        // Failing any byline, a name alone under the dateline (asked last: it runs the entity reader).
        String unlabelled = authors.isEmpty() ? NameUnderDateline.find(marks.subList(0, under)) : null;
        if (unlabelled != null) authors.add(unlabelled);
        List<Block> body = sorted.blocks();
        int subtitle = DumpSubtitle.find(blocks, verdicts, bodyStart, heading.titleIndex());
        if (subtitle >= 0) body = openWith(body, blocks.get(subtitle).text());
        int standfirst = DumpStandfirst.find(blocks, verdicts, bodyStart, heading.titleIndex());
        if (standfirst >= 0 && standfirst != heading.titleIndex()) body = openWith(body, blocks.get(standfirst).text());
        String title = heading.title();
        if (body.isEmpty()) {
            // No prose anywhere: a short note or a list. What is not chrome is the text, so a brief still goes through.
            body = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (i == heading.titleIndex() || verdicts.get(i) == Verdict.NOISE || verdicts.get(i) == Verdict.END) {
                    continue;
                }
                body.add(Block.paragraph(blocks.get(i).text()));
            }
            if (body.isEmpty() && title != null) {
                body = List.of(Block.paragraph(title));
                title = null;
            }
        }
        return new Draft(Format.TEXT, title, heading.section(), authors, date, List.of(), language, body,
                sorted.related(), null, null);
    }

    /** {@code body} opened by the header's {@code line} (a standfirst, a subtitle), unless empty or holding it. */
    private static List<Block> openWith(List<Block> body, String line) {
        if (body.isEmpty() || body.stream().anyMatch(b -> b.text().equals(line))) return body;
        List<Block> opened = new ArrayList<>(body);
        opened.add(0, Block.paragraph(line));
        return opened;
    }

    /** The verdict on each block, revised where the page's layout tells more than the block's words. */
    static List<Verdict> judge(List<Candidate> blocks, BlockScorer scorer) {
        List<Verdict> verdicts = new ArrayList<>(blocks.size());
        for (Candidate c : blocks) verdicts.add(scorer.judge(c));
        PagerLines.mark(blocks, verdicts);
        CommentForms.mark(blocks, verdicts);
        CommentCounts.mark(blocks, verdicts);
        Copies.mark(blocks, verdicts);
        TeaserCards.mark(blocks, verdicts);
        CutExcerpts.mark(blocks, verdicts);
        PostFooters.mark(blocks, verdicts);
        ReplyTrees.mark(blocks, verdicts);
        OutlinedSections.mark(blocks, verdicts);
        return verdicts;
    }

    /**
     * The article's blocks:
     * <ol>
     * <li>the heaviest run above any comment thread (above the first post's stamp on a page of several posts), or
     * the one under its headline, carried across widgets set inside it;</li>
     * <li>opened with the short sentences above it and the highlights under its byline ({@link HeaderHighlights}),
     * but not with other stories' headlines ({@link OpeningTeasers}) or a teaser set in its header
     * ({@link HeaderTeasers});</li>
     * <li>ended before a feed of other stories under an invitation to read more ({@link StoryFeeds}) or a ticker of
     * timed headlines ({@link NewsTickers}) or a box on its writer ({@link WritersBoxes}), a blurb set under it
     * past chrome, and the promos the site sets under it;</li>
     * <li>with a list its last line announces, an embedded post it closes on, the lists of data (ingredients,
     * specifications) above, under or amid it, the bulleted list it reaches into ({@link BulletedLists}), and the
     * closing line right above its share bar;</li>
     * <li>with its pitches, its pictures' captions and another story set in it under its own byline turned into
     * noise; the lines it announces with a colon, the answers under its paragraphs, a quotation set line by line,
     * a photo post's stopless lines ({@link StoplessLines}), its lines of code and the words of a post it embeds
     * ({@link EmbeddedPosts}) into prose; the upper of two
     * headings set one on the other into a heading; the items of a list a short line announces and the cells of
     * a table between its paragraphs ({@link DataRows}) and the lists typed between them ({@link TypedLists}) into
     * list items.</li>
     * </ol>
     * A forum thread's run goes with its posts' short lines ({@link ForumPostLines}) and the paragraphs its replies
     * quote ({@link ForumQuotes}), and opens at its first post's dated head ({@link ThreadOpenings}).
     */
    static MainRegion.Range article(List<Candidate> blocks, List<Verdict> verdicts, BlockScorer scorer) {
        DataRows.Bridged tables = DataRows.bridge(blocks, verdicts, ShortParagraphs.weigh(blocks, verdicts,
                MainRegion.weights(blocks, verdicts, MainRegion.TEXT, scorer)));
        double[] judged = tables.weights();
        MainRegion.Range run = tables.run();
        double[] weights = ForumThreads.spanPosts(blocks, judged, run);
        MainRegion.Range thread = weights == judged ? run : MainRegion.find(blocks, weights);
        MainRegion.Range heaviest = PostStamps.firstPost(blocks, weights, thread);
        MainRegion.Range chosen = HeadlineAnchor.choose(blocks, verdicts, weights, heaviest);
        MainRegion.Range bridged = ResultLines.widen(blocks, verdicts,
                InlineWidgets.bridge(blocks, verdicts, weights, chosen));
        MainRegion.Range opened = HeaderHighlights.take(blocks, verdicts, OpeningTeasers.trim(blocks, verdicts,
                withOpeningSentences(blocks, verdicts, HeaderTeasers.trim(blocks, verdicts, bridged))));
        MainRegion.Range cut = TrailingBlurbs.cut(blocks, verdicts, WritersBoxes.cut(blocks, verdicts,
                NewsTickers.cut(blocks, verdicts,
                        StoryFeeds.cut(blocks, verdicts, RepeatedHeadlines.cut(blocks, verdicts, opened)))));
        MainRegion.Range closed = ClosingLines.take(blocks, verdicts, cut);
        // A blurb the site's pitches closed is the last paragraph once they are gone.
        MainRegion.Range trimmed = TrailingBlurbs.cut(blocks, verdicts, Promos.trim(blocks, verdicts,
                IntroducedLists.mark(blocks, verdicts, PaywallNotices.cut(blocks, verdicts, closed))));
        MainRegion.Range article = UnspacedScriptLines.take(blocks, verdicts, EmbeddedPosts.withClosingPost(blocks,
                verdicts, RecipeParts.take(blocks, verdicts, BulletedLists.take(blocks, verdicts,
                        DataLists.take(blocks, verdicts, trimmed)))));
        DataLists.markWithin(blocks, verdicts, article);
        Promos.dropPitches(blocks, verdicts, article);
        PictureCaptions.drop(blocks, verdicts, article);
        EmbeddedStories.drop(blocks, verdicts, article);
        AnnouncedLines.mark(blocks, verdicts, article);
        AnswerLines.mark(blocks, verdicts, article);
        QuotedLines.mark(blocks, verdicts, article);
        StoplessLines.mark(blocks, verdicts, article);
        EmbeddedPosts.mark(blocks, verdicts, article);
        CodeLines.mark(blocks, verdicts, article);
        StackedHeadings.mark(blocks, verdicts, article);
        ListsAmidProse.mark(blocks, verdicts, article);
        TypedLists.mark(blocks, verdicts, article);
        DataRows.keep(blocks, verdicts, article);
        if (weights == judged) return article;
        MainRegion.Range posts = ForumPostLines.keep(blocks, verdicts, article);
        ForumQuotes.keep(blocks, verdicts, posts);
        return ThreadOpenings.cut(blocks, verdicts, posts);
    }

    /**
     * {@code range} widened up over the short sentences right above its first paragraph: a one-line lead, a
     * question the story answers. Below its last paragraph such lines are mostly the site's ("Want more? Sign up."),
     * so the end stays. An ad's label set under the opening sentences is stepped over once: they, and a paragraph
     * above the ad, are the story's, which the ad's cost kept out of the run.
     */
    private static MainRegion.Range withOpeningSentences(List<Candidate> blocks, List<Verdict> verdicts,
                                                         MainRegion.Range range) {
        int start = range.start();
        boolean pastAd = false;
        while (start > 0) {
            int above = start - 1;
            if (!pastAd && above > 0 && Boilerplate.isAdLabel(blocks.get(above).text())
                    && opens(blocks, verdicts, above - 1, true)) {
                pastAd = true;
                above--;
            }
            if (!opens(blocks, verdicts, above, pastAd)) break;
            start = above;
        }
        return start == range.start() ? range : new MainRegion.Range(start, range.end());
    }

    /** True when block {@code i} may open the story: a short sentence, or past an ad a paragraph ending as one. */
    private static boolean opens(List<Candidate> blocks, List<Verdict> verdicts, int i, boolean pastAd) {
        String text = blocks.get(i).text();
        return verdicts.get(i) == Verdict.SHORT && RegionCleaner.isShortSentence(text, true)
                || pastAd && verdicts.get(i) == Verdict.PROSE && BlockScorer.endsLikeSentence(text);
    }
}
