package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst (chapô, lede, perex) of an article: the paragraph that sums it up, set above the body in an element
 * of its own (often in the header with the title), so that the element chosen as the article's does not hold it.
 * CMSs name it with a handful of words (SPIP's "chapo", Drupal's "field-perex", WordPress's "excerpt", "standfirst",
 * "lede", "intro", "abstract"), in every language of the web; it is taken only when it reads as prose (or fills two
 * lines, 25 words, ending with no stop as sells do) and stands just before the article's first block, with nothing
 * but headings and short lines between. Unnamed, it is known by
 * its place: the first sentence-long block under the headline, set as a paragraph or as a subtitle heading, with only
 * short lines (a kicker, a byline, a date) around it; or, wherever the headline stands, a lead of two lines or more
 * in a box of its own right above the article's element, close kin of it (page builders box each text); or a
 * subtitle of a sentence grouped with the headline in an {@code hgroup}, however short.
 */
final class Standfirst {

    /**
     * Parts of a class name (split at "-", "_" and spaces) that name a standfirst. Not the American magazine's "dek"
     * or "summary": a one-line sell under the headline, which annotators of the benchmark's pages leave out of the
     * article (two pages of one CMS lost precision with them), where a chapô or perex is its first paragraph.
     */
    private static final Set<String> WORDS = Set.of("chapo", "chapeau", "standfirst", "lede", "lead", "leadin",
            "intro", "perex", "entradilla", "sumario", "bajada", "catenaccio", "sommario", "vorspann", "anrisstext",
            "teaser", "abstract", "excerpt");
    /** How many blocks above the article the standfirst may stand (a title, a date, an image credit between). */
    private static final int REACH = 6;
    /** How many elements up from a block its standfirst name may be (the name is on a wrapper of the paragraph). */
    private static final int NAME_DEPTH = 3;
    private static final int MIN_WORDS = 10;
    private static final double MAX_LINK_DENSITY = 0.3;
    /** A table of contents' line is its link. */
    private static final double CONTENTS_LINK_DENSITY = 0.9;
    /** How many elements up from a block its headline may stand as a sibling (the lead's wrapper beside it). */
    private static final int SIBLING_LEVELS = 2;
    /** A lead under a headline that gives no block is this long at least (a dek, one line, is shorter). */
    private static final int MIN_LEAD_WORDS = 25;
    /**
     * How far up from a lead beside the article's element the element holding both may stand: a page builder nests
     * each text five boxes deep in a row of its own.
     */
    private static final int KIN_LEVELS = 7;
    /** A box's heading is a label of a few words. */
    private static final int MAX_BOX_HEADING_WORDS = 6;
    /** A story's link in a box may carry a kicker or a date outside the link. */
    private static final double MIN_STORY_LINK_DENSITY = 0.15;
    /** {@link #verdict}'s answer for a block that neither is the standfirst nor stops the search. */
    private static final int READ_ON = -2;
    /** A comma or a stop inside a text: a lead's clauses (a title, however long, may run without). */
    private static final Pattern INNER_BREAK = Pattern.compile("[,，、;；.。!?！？]\\s*\\S");

    private Standfirst() {
    }

    /**
     * The index of the standfirst among {@code all} above the block at {@code first}, or -1; {@code headline} is the
     * page's headline element (null: none known).
     */
    static int before(List<HtmlBlock> all, int first, Element headline) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < REACH; i--) {
            Candidate c = all.get(i).candidate();
            if (isContentsLine(c)) continue;
            int box = otherStoriesBox(all, i);
            if (box >= 0) {
                i = box; // the whole box is passed over, as a table of contents' lines are
                continue;
            }
            seen++;
            int verdict = verdict(all, i, first, headline);
            if (verdict == READ_ON) continue;
            // the lead picture's caption, not the article's, unless named as its lead: passed over like a short line
            // (asked only of a block that decides, as most blocks here do not and the caption's check reads text)
            if (!named(all.get(i).owner()) && PictureCaptionBlock.is(all.get(i))) continue;
            return verdict;
        }
        return -1;
    }

    /**
     * What the block at {@code i} says, picture captions aside: {@code i} when it is the standfirst, -1 when it is
     * other text between the standfirst and the article, else {@link #READ_ON}.
     */
    private static int verdict(List<HtmlBlock> all, int i, int first, Element headline) {
        Candidate c = all.get(i).candidate();
        boolean sentenceLong = c.words() >= MIN_WORDS && c.linkDensity() < MAX_LINK_DENSITY;
        boolean prose = sentenceLong && c.kind() != Candidate.Kind.HEADING
                && BlockScorer.endsLikeSentence(c.text());
        if ((prose || c.words() >= MIN_LEAD_WORDS && sentenceLong) && named(all.get(i).owner())) return i;
        if (sentenceLong && underHeadline(all, i, headline)) return i;
        if (sentenceLong && isSubtitle(all.get(i).owner())) return i;
        if (sentenceLong && leadBeside(all, i, first, headline)) return i;
        if (prose || c.linkDensity() >= MAX_LINK_DENSITY && c.words() >= MIN_WORDS) return -1; // other text between
        return READ_ON;
    }

    /**
     * A line of a table of contents between the lead and the text: a short line that is all link (to the article's
     * sections). However many there are, the lead above them is still right above the article.
     */
    private static boolean isContentsLine(Candidate c) {
        return c.words() < MIN_WORDS && c.linkDensity() >= CONTENTS_LINK_DENSITY;
    }

    /**
     * The index of the heading of a box of other stories ("More on this topic", "À lire aussi") whose last line of
     * links is the block at {@code last}, or -1. Set between the lead and the text, such a box is no text between
     * them, however many lines it lists: it neither uses up the reach nor stops the search.
     */
    private static int otherStoriesBox(List<HtmlBlock> all, int last) {
        int i = last;
        while (i >= 0 && isStoryLink(all.get(i).candidate())) i--;
        if (i == last || i < 0) return -1;
        Candidate heading = all.get(i).candidate();
        return heading.words() <= MAX_BOX_HEADING_WORDS && headsOtherStories(heading.text()) ? i : -1;
    }

    /** A line under a box's heading that links to another story: shorter than a lead, partly a link. */
    private static boolean isStoryLink(Candidate c) {
        return c.words() < MIN_LEAD_WORDS && c.linkDensity() >= MIN_STORY_LINK_DENSITY;
    }

    /** Whether {@code line} heads other articles ("Related articles", "Mehr zum Thema"), not readers' comments. */
    private static boolean headsOtherStories(String line) {
        String key = Boilerplate.key(line);
        return Boilerplate.headsOtherArticles(key)
                || Boilerplate.endsArticle(line, key) && !Boilerplate.isAboutComments(line);
    }

    /** The standfirst as the article's first paragraph, also when the page set it as a subtitle heading. */
    static Candidate asParagraph(Candidate c) {
        if (c.kind() != Candidate.Kind.HEADING) return c;
        return new Candidate(c.text(), Candidate.Kind.PARAGRAPH, c.linkDensity(), c.marked(), c.words(), c.markup());
    }

    /**
     * True when the block at {@code i} is the first long one below {@code headline}, only short lines between. The
     * headline of an article's header gives no block (the walk reads it as the title): there the block's element, or
     * one of its {@value #SIBLING_LEVELS} nearest ancestors, follows the headline's element among its siblings, and
     * it is a lead of two lines or more: a sell of one line there is the magazine's dek, which readers of the article
     * skip (the benchmark's annotators leave it out).
     */
    private static boolean underHeadline(List<HtmlBlock> all, int i, Element headline) {
        if (headline == null || ArticlePlace.within(all.get(i).owner(), headline)) return false;
        for (int j = i - 1; j >= 0 && j >= i - REACH; j--) {
            HtmlBlock b = all.get(j);
            if (ArticlePlace.within(b.owner(), headline)) return true;
            if (b.candidate().words() >= MIN_WORDS) return false;
        }
        return all.get(i).candidate().words() >= MIN_LEAD_WORDS && followsAmongSiblings(all, i, headline);
    }

    /**
     * Whether the block at {@code i} follows the headline's element among its own or its nearest ancestors'
     * siblings, with no sentence-long text between.
     */
    private static boolean followsAmongSiblings(List<HtmlBlock> all, int i, Element headline) {
        Element e = all.get(i).owner();
        for (int level = 0; level < SIBLING_LEVELS && e != null; level++, e = e.parent()) {
            int seen = 0;
            for (Element s = e.previousElementSibling(); s != null && seen < REACH; s = s.previousElementSibling()) {
                if (ArticlePlace.within(headline, s)) return true;
                if (Words.count(s.text()) >= MIN_WORDS) return false;
                seen++;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is a heading grouped with the headline above it in an {@code hgroup}, a sentence long: the
     * standard's markup for the article's subtitle, its lead however short (a kicker there is a word or two).
     */
    static boolean isSubtitle(Element e) {
        Element group = e.parent();
        if (group == null || !group.nameIs("hgroup") || e.nameIs("h1")) return false;
        boolean afterHeadline = false;
        for (Element s = e.previousElementSibling(); s != null && !afterHeadline; s = s.previousElementSibling()) {
            afterHeadline = s.nameIs("h1");
        }
        return afterHeadline && Words.count(e.text()) >= MIN_WORDS;
    }

    private static boolean named(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < NAME_DEPTH; level++, e = e.parent()) {
            if (names(e)) return true;
        }
        return false;
    }

    /**
     * Whether the block at {@code i}, the first long one above the article's first block at {@code first}, is its
     * lead set in a box of its own beside the article's element: two lines of prose or more, with a comma or a stop
     * inside (a heading too, as page builders set a lead; never the headline), only lines that end no sentence
     * between, a box of other stories aside (a byline, a date: not the pros and cons of a review's box; a table of contents, its title ending with a
     * colon and its lines of links, says nothing), and the two close kin, the lead's element
     * at most {@value #KIN_LEVELS} levels under the element that holds both (a story's wrapper, not the page's body,
     * where a site's blurb stands).
     */
    private static boolean leadBeside(List<HtmlBlock> all, int i, int first, Element headline) {
        Candidate c = all.get(i).candidate();
        Element e = all.get(i).owner();
        if (c.words() < MIN_LEAD_WORDS || !BlockScorer.endsLikeSentence(c.text())
                || !INNER_BREAK.matcher(c.text()).find()
                || headline != null && (ArticlePlace.within(e, headline) || ArticlePlace.within(headline, e))) {
            return false;
        }
        for (int j = first - 1; j > i; j--) {
            int box = otherStoriesBox(all, j);
            if (box > i) {
                j = box;
                continue;
            }
            Candidate between = all.get(j).candidate();
            if (BlockScorer.endsLikeSentence(between.text()) && !isContentsLine(between)
                    && !(between.kind() == Candidate.Kind.HEADING && between.text().endsWith(":"))) {
                return false;
            }
        }
        Element articleFirst = all.get(first).owner();
        for (int level = 0; e != null && level <= KIN_LEVELS; level++, e = e.parent()) {
            if (ArticlePlace.within(articleFirst, e)) return !e.nameIs("body") && !e.nameIs("html");
        }
        return false;
    }

    /** Whether the class names of {@code e} name a standfirst. */
    static boolean names(Element e) {
        String cls = e.className();
        return !cls.isEmpty() && hasWord(cls.toLowerCase(Locale.ROOT));
    }

    private static boolean hasWord(String lower) {
        for (String part : lower.split("[-_\\s]+")) {
            if (WORDS.contains(part)) return true;
        }
        return false;
    }
}
