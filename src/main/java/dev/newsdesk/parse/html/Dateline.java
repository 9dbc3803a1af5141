package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.ChineseDateLabel;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.extract.LabelledDateline;
import dev.newsdesk.parse.extract.WireCredit;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * What a page prints about its article around the headline, in one walk of the body: the publication date and the
 * author names. The date: marked up ({@code itemprop="datePublished"}, a
 * {@code <time datetime>}, an {@code <abbr title>}) or labelled in words ("Published:" and the date in the next
 * element: as plain as markup, wherever it is), or printed as text in a dateline near the headline or in an
 * element named for the date ("date", "posted", "datum"…). Comments, related stories, sidebars and footers are
 * skipped: their dates are other texts'. A line that says the article was updated dates no publication.
 * The authors: marked up ({@code itemprop="author"}, {@code rel="author"} links), a byline under the headline
 * ("By Jane Doe and John Roe", "Von …", "Par …"), else a short name in an element named for its author;
 * {@code authorsInText} when they are printed as a line of text, not marked up; {@code wire} the news agencies a
 * credit line in the article names ("Quelle: dpa", "(AFP)"; {@link WireCredit}), not a picture's.
 * {@code byHeadline}: the printed date is the dateline just under the headline or just above it, not only an element
 * named for a date somewhere on the page. {@code changed}: the day of the first line where a dateline would be that
 * dates a later change ("Updated: 16 Apr 2020"), the page's last resort when nothing dates its publication.
 * {@code changeMarked}: the body marks up a last change ({@code itemprop="dateModified"}), as a head may record one.
 */
record Dateline(String marked, String printed, boolean byHeadline, List<String> authors, boolean authorsInText,
                List<String> wire, String changed, boolean changeMarked) {

    /** Nothing printed: for a page without a body, or one whose head said it all. */
    static final Dateline NONE = new Dateline(null, null, false, List.of(), false, List.of(), null, false);

    /** Text nodes after the headline (and before it, for a dateline above) that may hold its dateline. */
    private static final int AFTER_HEADLINE = 15;
    private static final int BEFORE_HEADLINE = 6;
    /** Paragraphs of this many words are the article's text: its dateline came before the second of them. */
    private static final int PROSE_WORDS = 30;
    /** A line longer than this is prose: its date is whatever it speaks of, unless the line starts with it. */
    private static final int MAX_DATELINE_WORDS = 14;

    /** Of those, the words of page furniture that may also name the article's own meta block under its headline. */
    private static final Set<String> NEAR_WORDS = Set.of("footer", "sidebar");
    /**
     * Class or id words of the article's meta line: a teaser so named ("teaser__meta") is the line of the text it
     * stands over, which under the headline (or on a page without one) is the article.
     */
    private static final Set<String> META_LINE = Set.of("meta", "metadata", "date", "dateline", "byline");
    /**
     * Class or id words of a post's own footer or aside ("post-info", "entry-meta", "article-footer"): a blog theme
     * may set the post's date and categories there below its text, outside any article element.
     */
    private static final Set<String> POST_WORDS = Set.of("post", "entry", "article", "story");
    private static final Set<String> POST_PARTS = Set.of("meta", "metadata", "info", "details", "footer", "date",
            "dateline", "byline");
    /** Elements that end a line of text: beside them a text node is a line of its own. */
    private static final Set<String> BREAKS = Set.of("br", "wbr", "img", "hr", "input", "select", "button",
            "svg", "iframe", "video", "audio", "picture");
    /** The longest text around a piece of a line read to judge it ({@link Walk#lineOf}). */
    private static final int MAX_SENTENCE = 2000;
    /** An element's text longer than this is no date split across its children ("Mai <span>06</span> 2018"). */
    private static final int MAX_SPLIT_DATE = 40;
    /**
     * Words after "comments" of a link to the comments or their count ("entry-comments-link", "comment-count"): the
     * article's meta line holds it beside its date, where no comment is.
     */
    private static final Set<String> COUNTS = Set.of("link", "count", "number", "counter");
    /** Words after which a name says what an element holds or lacks, not what it is ("has-sidebar"). */
    private static final Set<String> CONTAINERS = Set.of("has", "with", "no", "non", "not", "without");
    /** The words that say an article was published, in the languages {@link Dates#CHANGE_WORDS} knows. */
    private static final String PUBLISHED_WORDS = LabelledDateline.PUBLISHED_WORDS;
    /**
     * A line that says the article was published ("Dieser Beitrag wurde am … veröffentlicht", "Posted on … in News")
     * is its dateline at any length a meta line has.
     */
    private static final Pattern PUBLISHED = Pattern.compile(PUBLISHED_WORDS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_PUBLISHED_LINE_WORDS = 40;
    /** A label alone in its element, whose date comes in the next ones: "Erschienen am:", "Published on". */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?:" + PUBLISHED_WORDS + ")\\p{L}*(?: (?:on|am|le|el|il|em|op|den|dnia))? ?:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The letters those labels start with, and the longest raw text node read as one. */
    private static final String LABEL_INITIALS = "pPvVeEgGjJoOyYоО";
    private static final int MAX_LABEL = 80;
    /** Text nodes after such a label that may hold its date. */
    private static final int AFTER_LABEL = 2;
    /**
     * A place (one to three capitalized words), then the date in parentheses or after a comma, maybe with the agency
     * ("WASHINGTON, June 7, 2020 (Reuters) - ").
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2},? ?(?:\\(([^)]{6,30})\\)|([^;:]{6,32}?)[.:–—-] )");
    /** Names kept of one kind: a page that marks up more is listing other texts' authors. */
    private static final int MAX_AUTHORS = 4;
    /** Longer text is no author element's: a name and its label ("Von Jane Doe, Korrespondentin") fit well inside. */
    private static final int MAX_AUTHOR_LINE = 300;
    /** Longer text is no byline's away from the headline (the bylines there are checked by Bylines's own limit). */
    private static final int MAX_LATER_BYLINE = 160;
    private static final Pattern CREDIT = Pattern.compile(
            "(?:foto|fotos|photo|photos|bild|image|illustration|grafik|video|quelle|source)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What closes a name's text when the list goes on ({@link Bylines#isNameSeparator} is one alone). */
    private static final Pattern LIST_END = Pattern.compile("[,;&]\\s*$");
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");
    private static final Pattern PUBLISHED_PROPERTY = Pattern.compile("(?i)datePublished|dateCreated");
    private static final Pattern MODIFIED_PROPERTY = Pattern.compile("(?i)dateModified");

    /**
     * The first marked date and the printed date nearest the headline of {@code body}, its dates in numbers read in
     * the page's {@code order}; either may be null.
     */
    static Dateline in(Element body, DayOrder order) {
        Walk walk = new Walk(body, order);
        NodeTraversor.filter(walk, body);
        // schema.org's date first, unless it stood above the headline and a time or abbr under it marks another
        boolean itempropFirst = walk.itemprop != null
                && !(walk.itempropAbove && walk.markedElement != null && !walk.markedAbove);
        String marked = itempropFirst ? walk.itemprop
                : walk.markedElement != null ? walk.markedElement : walk.labelled;
        return new Dateline(marked, walk.nearest(), walk.byHeadline() != null, walk.authors(),
                walk.markedAuthors.isEmpty(), walk.wire, walk.changed, walk.changeMarked);
    }

    /**
     * The date a short line about a later change prints, read in {@code order}: after its word ("Published 3 March,
     * updated 5 March 2021", "zuletzt bearbeitet: 04.02.2022"), else before it ("Diese Seite wurde zuletzt am 29.
     * Januar 2020 geändert"); null for a longer line, prose that speaks of a change.
     */
    static String changeDate(String text, DayOrder order) {
        if (!Words.hasDigit(text)) return null;
        String line = Words.squash(text);
        if (Words.count(line) > MAX_DATELINE_WORDS) return null;
        Matcher updated = Dates.CHANGE_WORDS.find(line);
        if (updated == null) return null;
        String after = Dates.findPrinted(line.substring(updated.start()), order);
        return after != null ? after : Dates.findPrinted(line, order);
    }

    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator HEADER = QueryParser.parse("header");
    /**
     * What only a page's content holds, never a form of its own: a headline, an article, or ASP.NET's view state
     * (its pages are one form, the article's date in it even without a headline).
     */
    private static final Evaluator PAGE_CONTENT = QueryParser.parse("h1, article, main, input[name=__VIEWSTATE]");

    /** The date read from a text node, and its place among the walk's text nodes. */
    private record Line(String iso, int at) {
    }

    /** A text node with digits above the headline, and its place: read only if a headline or prose comes soon. */
    private record Pending(TextNode node, int at) {
    }

    private static final class Walk implements NodeFilter {
        final Element root;
        /** How the page orders day and month in numbers ("06/07/2020"). */
        final DayOrder order;
        /** The first schema.org publication date, and the first date of a time or abbr element. */
        String itemprop;
        String markedElement;
        /**
         * Whether those came before the headline: a date marked up under it, the article's own, then takes their
         * place (a page's header or column may list other stories with their marked dates above the article).
         */
        boolean itempropAbove;
        boolean markedAbove;
        /** The elements those dates were marked on. */
        Element itempropAt;
        Element markedAt;
        /** The items of lists of other stories, whose dates are theirs. */
        final ListedStory listed = new ListedStory();
        int textNodes;
        int headlineAt = -1;
        /** The first headline while its text is walked: a date in it is its subject's ("Results of 19.5.2007"). */
        Element inHeadline;
        /**
         * The first element that is an article ({@code <article>}, class "article") while it is walked: a footer or
         * aside inside it is the article's own, holding its date and author, not the page's.
         */
        Element inArticle;
        /**
         * The outermost quotation while it is walked: its dates are another text's (an embedded post, a tweet, an
         * Instagram picture, dates itself), not the article's.
         */
        Element inQuote;
        /** The label of a byline whose names come in the next text node, or null. */
        String bylineLabel;
        /**
         * Names by where they were found: marked up, in a byline under the headline, in an author element, in a
         * byline further down (signed below the text, "Von:" | "Jane Doe" in an info box), with its label's state.
         */
        final Set<String> markedAuthors = new LinkedHashSet<>();
        List<String> bylineAuthors;
        final Set<String> namedAuthors = new LinkedHashSet<>();
        /**
         * The author element the first of them came from while its text lists more ("Jane Doe, John Roe &amp; Ann
         * Poe", each in a link of its own), and whether a separator of that list came last.
         */
        Element authorList;
        boolean listSeparator;
        List<String> laterAuthors;
        /** The agencies of the first credit line in the article ("Quelle: dpa", "(AFP)"), or none. */
        List<String> wire = List.of();
        String laterLabel;
        int proseAfterHeadline;
        String before;
        int beforeAt;
        /**
         * Unread yet: the lines with digits among the last few text nodes before any headline, oldest first. Most are
         * dropped unread as the walk goes on, so whether a list of other stories holds one is asked only when read.
         */
        final ArrayDeque<Pending> above = new ArrayDeque<>();
        String after;
        String named;
        /** The date of the first line about a later change where a dateline was wanted. */
        String changed;
        /** Whether an element the walk reads marks up the article's last change. */
        boolean changeMarked;
        /**
         * On a page with no headline, the dateline just above its first paragraph of prose ("Source (2012-06-04)"),
         * and whether that paragraph has come.
         */
        String aboveProse;
        boolean proseSeen;
        /** The date after the first published label, and where the last label was (-1: none yet). */
        String labelled;
        int labelAt = -1;
        /**
         * What each distinct class-and-id string says, worked out once per page: a page repeats a few names over
         * hundreds of elements.
         */
        final Map<String, ElementNames> byName = new HashMap<>();
        final ElementNames unnamed = new ElementNames("");
        /**
         * The names of the elements the walk is in, by depth: every text node asks about its parents' names again, and
         * reads them here instead of building and looking up their strings.
         */
        ElementNames[] open = new ElementNames[32];
        /** What the scans of {@link #holdsContent} found: headlines, entries and elements named for the body. */
        final List<Element> contentFound = new ArrayList<>();

        Walk(Element root, DayOrder order) {
            this.root = root;
            this.order = order;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t, depth);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            ElementNames names = namesOf(e);
            if (depth >= open.length) open = Arrays.copyOf(open, depth * 2);
            open[depth] = names;
            switch (e.normalName()) {
                case "script", "style", "noscript", "template", "nav", "select", "button":
                    return FilterResult.SKIP_ENTIRELY;
                case "form":
                    // a search or comment form holds no dateline, but ASP.NET pages wrap the whole page in one
                    if (e.selectFirst(PAGE_CONTENT) == null) return FilterResult.SKIP_ENTIRELY;
                    break;
                case "footer", "aside":
                    if (!underHeadline() && inArticle == null && !postsOwn(names)) return FilterResult.SKIP_ENTIRELY;
                    break;
                case "blockquote":
                    if (inQuote == null) inQuote = e;
                    break;
                case "article":
                    if (inArticle == null) inArticle = e;
                    break;
                case "h1":
                    if (headlineAt < 0 && !furniture(names) && !SiteLogo.overHeadline(e, root)) {
                        headlineAt = textNodes;
                        inHeadline = e;
                        settleAbove();
                        keepOwnHeadersDates(e);
                    }
                    break;
                default:
            }
            if (elsewhere(e, names)) return FilterResult.SKIP_ENTIRELY;
            String itemName = e.attr("itemprop"); // read once: three questions below ask it of every element
            if (!changeMarked && !itemName.isEmpty()) {
                changeMarked = MODIFIED_PROPERTY.matcher(itemName).find() && !listed.around(e);
            }
            if (itemprop == null || markedElement == null || (itempropAbove || markedAbove) && underHeadline()) {
                marked(e, itemName, names);
            }
            if (markedAuthors.size() < MAX_AUTHORS) markedAuthor(e, itemName);
            return FilterResult.CONTINUE;
        }

        private void text(TextNode t, int depth) {
            // Most text nodes of a page are prose or menus that can hold neither: the raw text tells which, and
            // only the few that can are normalized (this walk runs on most pages, over the whole body).
            String raw = t.getWholeText();
            if (raw.isBlank()) return;
            boolean nearHeadline = underHeadline();
            int at = textNodes++;
            String line = null;
            // prose is counted only while it can still end the stretch under the headline (underHeadline); on a page
            // without a headline, the first prose is where the lines above it may date it
            boolean countsProse = underHeadline();
            if ((countsProse || headlineAt < 0 && !proseSeen) && raw.length() > PROSE_WORDS * 4
                    && wordsOf(t, raw) >= PROSE_WORDS) {
                if (countsProse) {
                    proseAfterHeadline++;
                } else {
                    proseSeen = true;
                    Line dated = datedAbove(at);
                    if (dated != null) aboveProse = dated.iso();
                }
            }
            // marked names are kept over any others: once the page has marked one, its text is read for none
            if (markedAuthors.isEmpty()) line = names(t, depth, raw, nearHeadline, at);
            if (wire.isEmpty() && raw.length() <= WireCredit.MAX_LINE && (inArticle != null || nearHeadline)) {
                wire = WireCredit.line(raw);
                // a picture's credit: its agency took the picture
                if (!wire.isEmpty() && PictureCredit.around(t.parent(), true)) wire = List.of();
            }
            boolean digits = Words.hasDigit(raw);
            if (!digits && labelled == null) {
                if (mayBeLabel(raw) && PUBLISHED_LABEL.matcher(Words.squash(raw)).matches()
                        || ChineseDateLabel.isLabel(raw)) {
                    labelAt = at;
                }
            }
            if (!digits || inHeadline != null || inQuote != null) return;
            // a Chinese label and its date in one line ("发表于 2005-07-31 12:30"), wherever it is
            // (the label first: few lines have one, and whether a list of other stories holds the line costs more)
            if (labelled == null) {
                String chinese = ChineseDateLabel.date(raw, order);
                if (chinese != null && !listed.around(t.parent())) labelled = chinese;
            }
            boolean labelWaits = labelled == null && labelAt >= 0 && at - labelAt <= AFTER_LABEL;
            if (!labelWaits && printedSettled(nearHeadline)) return;
            // above the headline, once a named date is found, every dated line only joins those above it
            Element dateElement = headlineAt < 0 && named != null ? null : dateElement(t.parent(), depth - 1);
            boolean namedForDate = dateElement != null;
            // under the headline, a line away from it is read only in an element named for a date while none is:
            // told before the costlier question whether a list of other stories holds it
            boolean wanted = headlineAt < 0 || after == null && nearHeadline || named == null && namedForDate;
            if (!wanted && !labelWaits) return;
            // above the headline only the last dated line counts, and only when a headline comes soon after it: it is
            // read then (a page's menus and teasers above the headline have many numbers)
            boolean onlyAbove = headlineAt < 0 && !(namedForDate && named == null);
            if (onlyAbove && !labelWaits) {
                keepAbove(t, at);
                return;
            }
            if (listed.around(t.parent())) return;
            if (line == null) line = t.text();
            if (labelWaits) labelled = printedDate(line);
            if (onlyAbove) {
                keepAbove(t, at);
                return;
            }
            if (!wanted) return;
            String iso = printedDate(line);
            if (iso == null && changed == null) changed = changeDate(line, order);
            if (iso != null && midSentence(t) && !PUBLISHED.matcher(line).find()) iso = printedDate(lineOf(t));
            if (iso == null && namedForDate) iso = splitDate(dateElement);
            // under the headline, a date's parts may sit in unnamed elements: their parent's or grandparent's line
            Element up = t.parent();
            for (int level = 0; iso == null && after == null && nearHeadline && up != null && level < 2; level++) {
                iso = splitDate(up);
                up = up.parent();
            }
            if (iso == null) return;
            if (headlineAt < 0) {
                before = iso; // the last one above the headline is the closest to it
                beforeAt = at;
                above.clear();
                named = iso;
            } else if (after == null && nearHeadline) {
                after = iso;
            } else {
                named = iso;
            }
        }

        /**
         * Reads the names {@code t} may print, by rank: a byline under the headline, else an author element's, else a
         * byline further down. A rank is read only while no rank above it has names (they would be kept instead).
         * Returns the node's normalized text when it was needed, else null.
         */
        private String names(TextNode t, int depth, String raw, boolean nearHeadline, int at) {
            String line = null;
            if (bylineAuthors == null && (nearHeadline || headlineAt < 0 && at < BEFORE_HEADLINE)) {
                line = t.text();
                bylineAuthors = Bylines.authors(bylineLabel != null ? bylineLabel + " " + line : line);
                String label = PrintedName.trimmed(line); // "| By " of a screen reader's text
                bylineLabel = Bylines.isLabel(label) ? label : null;
            } else if (bylineAuthors == null && laterAuthors == null && namedAuthors.isEmpty()
                    && raw.length() <= MAX_LATER_BYLINE) {
                if (laterLabel != null || Bylines.mayOpenByline(raw)) laterByline(t, line = t.text());
            }
            if (bylineAuthors != null) return line;
            if (authorList != null) {
                listedAuthor(t, raw);
            } else if (namedAuthors.isEmpty() && raw.length() <= MAX_AUTHOR_LINE
                    && !isTopicOrCommentsLink(t.parent())) {
                Element named = authorElement(t.parent(), depth - 1);
                if (named != null) {
                    namedAuthor(line = line != null ? line : t.text());
                    if (!namedAuthors.isEmpty()) {
                        authorList = named;
                        listSeparator = LIST_END.matcher(raw).find();
                    }
                } else if (t.parent() != null) {
                    String name = AuthorPageLink.nameBefore(t.parent(), raw);
                    if (name != null) namedAuthors.add(name);
                }
            }
            return line;
        }

        /**
         * Whether no later line can change the printed date any more: the headline has come, the stretch under it that
         * may still give its dateline is over (or gave it), and the dateline by the headline or the first element named
         * for a date is found, so an element named for a date further down would not be read. Most of a page's lines
         * with digits come then: they need not be read at all.
         */
        private boolean printedSettled(boolean nearHeadline) {
            return headlineAt >= 0 && !(after == null && nearHeadline) && (named != null || byHeadline() != null);
        }

        /**
         * Whether {@code t} runs on from or into an inline element beside it ("die den am <em>…</em> 28.12.2012 in
         * Kraft getretenen <a>…</a>"): a piece of a line, which is what to judge, prose or dateline; unless the piece
         * itself says the article was published ("Dieser Beitrag wurde am … veröffentlicht und unter <a>…</a>").
         */
        private static boolean midSentence(TextNode t) {
            return phrasing(t.previousSibling()) || phrasing(t.nextSibling());
        }

        private static boolean phrasing(Node n) {
            return n instanceof Element e && e.tag().isInline() && !BREAKS.contains(e.normalName());
        }

        /**
         * The line {@code t} is a piece of: its text and that of the inline elements and text beside it, up to a break
         * or a block on either side, read up to a paragraph's length (a longer one is prose either way).
         */
        private static String lineOf(TextNode t) {
            StringBuilder before = new StringBuilder();
            for (Node n = t.previousSibling(); n != null && inLine(n) && before.length() <= MAX_SENTENCE;
                 n = n.previousSibling()) {
                before.insert(0, textOf(n) + " ");
            }
            StringBuilder line = before.append(t.getWholeText());
            for (Node n = t.nextSibling(); n != null && inLine(n) && line.length() <= MAX_SENTENCE; n = n.nextSibling()) {
                line.append(' ').append(textOf(n));
            }
            return line.toString();
        }

        private static boolean inLine(Node n) {
            return n instanceof TextNode || phrasing(n);
        }

        private static String textOf(Node n) {
            return n instanceof TextNode t ? t.getWholeText() : ((Element) n).text();
        }

        /**
         * The headline {@code h1} has come: a date marked above it in its own {@code <header>} ("<header><time>…
         * <h1>") is the article's as much as one under it, and no later date replaces it (a list of other stories
         * may follow the article with their own).
         */
        private void keepOwnHeadersDates(Element h1) {
            Element header = h1.closest(HEADER);
            if (header == null) return;
            if (itempropAbove && ArticlePlace.within(itempropAt, header)) itempropAbove = false;
            if (markedAbove && ArticlePlace.within(markedAt, header)) markedAbove = false;
        }

        /** Keeps text node {@code t}, number {@code at}, among the last few above the headline. */
        private void keepAbove(TextNode t, int at) {
            while (!above.isEmpty() && at - above.peekFirst().at() >= BEFORE_HEADLINE) above.pollFirst();
            above.addLast(new Pending(t, at));
        }

        /** The headline has come: the last dated line of those just above it is the one before it. */
        private void settleAbove() {
            Line dated = datedAbove(headlineAt);
            if (dated != null) {
                before = dated.iso();
                beforeAt = dated.at();
            }
            above.clear();
        }

        /**
         * The date of the last dated line of those just above text node {@code at}, and its place; else null. A line
         * in a list of other stories has no date of the article's.
         */
        private Line datedAbove(int at) {
            for (Iterator<Pending> it = above.descendingIterator(); it.hasNext(); ) {
                Pending l = it.next();
                if (at - l.at() > BEFORE_HEADLINE) break;
                if (listed.around(l.node().parent())) continue;
                String iso = printedDate(l.node().text());
                if (iso != null) return new Line(iso, l.at());
            }
            return null;
        }

        /**
         * The date a line prints as a dateline, or null: a date in prose counts only where it opens the line, and a
         * line labelled for an event's date or a deadline ("Termin: 21.02.2020", "When: June 7") dates no publication.
         */
        private String printedDate(String text) {
            String line = Words.squash(text);
            if (Dates.namesEvent(line)) return null;
            Matcher updated = Dates.CHANGE_WORDS.find(line);
            if (updated != null) {
                // "12 May 2020 / Updated 3 hours ago": what comes before the change is the publication's; "Updated
                // 9 June | Published 7 June": what follows the word of the publication
                Matcher published = PUBLISHED.matcher(line);
                line = published.find(updated.end()) ? line.substring(published.start())
                        : line.substring(0, updated.start());
            }
            String iso = Dates.findPrinted(line, order);
            if (iso != null && Words.count(line) > MAX_DATELINE_WORDS && !startsWithDate(line)
                    && !(PUBLISHED.matcher(line).find() && Words.count(line) <= MAX_PUBLISHED_LINE_WORDS)) {
                iso = placeDate(line); // prose: only a date that opens it with its place dates the story
            }
            return iso;
        }

        /**
         * The words of {@code t}'s text, counted on its {@code raw} text when jsoup's normalizing would leave every
         * word as it is: {@code text()} turns whitespace runs into one space (a word boundary either way) and drops
         * soft hyphens and zero-width spaces, which join the words around them. Most long nodes are prose, whose
         * normalized copy is then never needed.
         */
        private static int wordsOf(TextNode t, String raw) {
            return raw.indexOf('\u00ad') < 0 && raw.indexOf('\u200b') < 0 ? Words.count(raw) : Words.count(t.text());
        }

        /**
         * The marked names, else the byline's, else those of elements named for the author, else a byline's further
         * down.
         */
        List<String> authors() {
            if (!markedAuthors.isEmpty()) return List.copyOf(markedAuthors);
            if (bylineAuthors != null) return bylineAuthors;
            if (!namedAuthors.isEmpty()) return List.copyOf(namedAuthors);
            return laterAuthors != null ? laterAuthors : List.of();
        }

        /**
         * A byline away from the headline, its label maybe in the text node before: it counts only with full names
         * (a word after "Von" there is as often a place or a weekday as a name), and not in a teaser of another story.
         */
        private void laterByline(TextNode t, String line) {
            List<String> names = Bylines.authors(laterLabel != null ? laterLabel + " " + line : line);
            if (names != null && names.stream().allMatch(n -> n.indexOf(' ') > 0) && !Teaser.around(t.parent())) {
                laterAuthors = names;
            }
            String label = PrintedName.trimmed(line);
            laterLabel = Bylines.isLabel(label) ? label : null;
        }

        /** A name marked up on {@code e}, whose {@code itemprop} is {@code itemName}: an author link or property. */
        private void markedAuthor(Element e, String itemName) {
            String name = null;
            boolean nameProperty = false; // the name is the author's name property itself
            if (e.normalName().equals("a") && e.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
                name = e.text();
            } else if (itemName.equalsIgnoreCase("author")) {
                Element inner = e.selectFirst(ITEM_NAME);
                nameProperty = inner != null;
                name = inner != null ? HtmlMetadata.firstNonBlank(inner.attr("content"), inner.text())
                        : HtmlMetadata.firstNonBlank(e.attr("content"), e.text());
            }
            if (name == null) return;
            List<String> listed = Bylines.withCoAuthors(name);
            if (listed != null) {
                markedAuthors.addAll(listed);
                return;
            }
            String printed = PrintedName.trimmed(name);
            boolean named = nameProperty ? PrintedName.isMarkedName(printed) : PrintedName.isName(printed);
            if (named) markedAuthors.add(printed);
        }

        /**
         * True when {@code e} is a link to a topic ({@code rel="tag"} or {@code "category"}) or to the post's comments:
         * the tags a post's author line lists after the name ("Jane Doe / Energy / Solar") and its comments' link are
         * no names.
         */
        private static boolean isTopicOrCommentsLink(Element e) {
            if (e == null || !e.normalName().equals("a")) return false;
            String rel = e.attr("rel").toLowerCase(Locale.ROOT);
            return rel.contains("tag") || rel.contains("category") || CommentsLink.is(e);
        }

        /** The names of the first author element that holds one: later ones are an author box's other lines. */
        private void namedAuthor(String line) {
            if (PrintedName.isLabel(line)) return; // "作者：" with no name after it: the site left the field empty
            String name = PrintedName.trimmed(line);
            if (CREDIT.matcher(name).lookingAt()) return; // a picture's credit names its photographer
            List<String> byline = Bylines.authors(name);
            if (byline != null) namedAuthors.addAll(byline);
            else if (PrintedName.isName(name)) namedAuthors.add(name);
        }

        /**
         * The text node {@code t} after a name in {@link #authorList}: a list's separator, or the next name after
         * one; anything else, or a text outside that element, ends the list.
         */
        private void listedAuthor(TextNode t, String raw) {
            Element e = t.parent();
            while (e != null && e != authorList) e = e.parent();
            String s = raw.strip();
            if (e != null && Bylines.isNameSeparator(s)) {
                listSeparator = true;
            } else if (e != null && listSeparator && PrintedName.isName(PrintedName.trimmed(s))
                    && namedAuthors.size() < MAX_AUTHORS) {
                namedAuthors.add(PrintedName.trimmed(s));
                listSeparator = LIST_END.matcher(s).find();
            } else {
                authorList = null;
            }
        }

        /** An h1 named for the page's furniture ("menu-toggle"): a button's or a widget's title, no headline. */
        private boolean furniture(ElementNames names) {
            if (names.isEmpty()) return false;
            String previous = "";
            for (String part : names.parts()) {
                if (ElementNames.otherTexts(part) && !CONTAINERS.contains(previous)) return true;
                previous = part;
            }
            return false;
        }

        /**
         * A footer or aside named for a post's meta line ({@link #POST_WORDS} and {@link #POST_PARTS}): the article's
         * own, wherever it stands, not the page's.
         */
        private boolean postsOwn(ElementNames names) {
            if (names.isEmpty()) return false;
            boolean post = false;
            boolean meta = false;
            for (String part : names.parts()) {
                post |= POST_WORDS.contains(part);
                meta |= POST_PARTS.contains(part);
            }
            return post && meta;
        }

        /** A teaser named for its meta line, where that line is the article's: under its headline, or with none. */
        private boolean articleMetaLine(ElementNames names) {
            if (headlineAt >= 0 && !underHeadline()) return false;
            for (String part : names.parts()) if (META_LINE.contains(part)) return true;
            return false;
        }

        /**
         * The element named for the author that holds {@code e} (itself or its parent), or null; null too inside a
         * teaser, a link that holds another story's headline and its author; null for the site's name marked as the
         * author, a link to its home page ({@link SiteLogo#linksHome}).
         */
        private Element authorElement(Element e, int depth) {
            for (int up = 0; e != null && up < 2; up++, e = e.parent()) {
                if (namesAt(e, depth - up).author()) return Teaser.around(e) || SiteLogo.linksHome(e) ? null : e;
            }
            return null;
        }

        /** The names of {@code e}, the walk's element at {@code depth}: read off {@link #open} inside the walk's root. */
        private ElementNames namesAt(Element e, int depth) {
            return depth >= 0 ? open[depth] : namesOf(e);
        }

        /** The answers about {@code e}'s class and id. */
        private ElementNames namesOf(Element e) {
            String names = ClassHints.names(e);
            return names.isEmpty() ? unnamed : byName.computeIfAbsent(names, ElementNames::new);
        }

        /**
         * The dateline just under the headline, else just above it, else the first element named for a date, else on
         * a page without a headline the dateline above its first paragraph.
         */
        String nearest() {
            String byHeadline = byHeadline();
            if (byHeadline != null) return byHeadline;
            return named != null || headlineAt >= 0 ? named : aboveProse;
        }

        /** The dateline just under the headline, else just above it, or null. */
        String byHeadline() {
            if (after != null) return after;
            return headlineAt >= 0 && before != null && headlineAt - beforeAt <= BEFORE_HEADLINE ? before : null;
        }

        /**
         * True just under the headline: there the article's own footer or aside (a "footer" or "sidebar" class too)
         * holds its dateline; the page's, further down, hold other dates.
         */
        private boolean underHeadline() {
            return headlineAt >= 0 && textNodes - headlineAt <= AFTER_HEADLINE && proseAfterHeadline < 2;
        }

        /**
         * True when {@code e} is named for other texts (comments, related stories, a sidebar) and holds no headline:
         * layout names a wrapper of the whole page ("right-sidebar" on the body's first div), and a blog's widget
         * may hold its entries ("widget Blog", under the blog's name in an h1). Inside an article, or named for a post
         * ("entry-footer"), a footer or sidebar name is its own meta block's.
         * A teaser holds a link to its story: German CMSs name the article's own intro "teaser". A page builder's
         * widget ({@link ClassHints#BUILDERS}) is any block of the page.
         */
        private boolean elsewhere(Element e, ElementNames names) {
            if (names.isEmpty() || e == root) return false;
            String previous = "";
            String[] parts = names.placeParts();
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (ElementNames.otherTexts(part) && !CONTAINERS.contains(previous)
                        && !(part.startsWith("widget") && ClassHints.BUILDERS.contains(previous))
                        && !(part.startsWith("comment") && i + 1 < parts.length && COUNTS.contains(parts[i + 1]))
                        && (!part.startsWith("teaser") || e.selectFirst(LINK) != null && !articleMetaLine(names))
                        && !(NEAR_WORDS.contains(part) && (underHeadline() || inArticle != null || postsOwn(names)))) {
                    // under a site's title in an h1, a blog's widget still holds its entries; a layout name on the
                    // page's frame ("mainwrap sidebar") covers the article's body
                    return !holdsContent(e);
                }
                if (part.equals("article") && inArticle == null) inArticle = e;
                previous = part;
            }
            return false;
        }

        /**
         * Whether {@code e} holds a headline (an entry, once the headline has come) or an element named for the
         * article's body. Wrappers nest ("page sidebar-layout" around "content-sidebar"): what an outer one's scan found
         * answers for the inner ones around it, which are not scanned again.
         */
        private boolean holdsContent(Element e) {
            boolean entry = headlineAt >= 0;
            for (Element found : contentFound) if (ArticlePlace.within(found, e) && content(found, entry)) return true;
            Element found = firstContent(e, entry);
            if (found != null) contentFound.add(found);
            return found != null;
        }

        /**
         * The first element of {@code top}'s subtree, in document order, that is {@link #content}, or null. It steps
         * from element to element (most of such a subtree is skipped by the walk after this answer, so this is its
         * only visit): no text node is visited.
         */
        private Element firstContent(Element top, boolean entry) {
            for (Element x = top; x != null; x = DocumentOrder.next(x, top)) if (content(x, entry)) return x;
            return null;
        }

        /**
         * A headline or a blog entry marked up as one (hAtom's {@code hentry}, as Blogger and WordPress write it; with
         * {@code entry}, an entry only), or an element named for the article's body ({@link ClassHints#articleBody}).
         */
        private boolean content(Element x, boolean entry) {
            if (!entry && x.normalName().equals("h1")) return true;
            if (x.attributesSize() == 0) return false; // most elements of a page
            if ("articleBody".equals(x.attr("itemprop"))) return true;
            ElementNames names = namesOf(x);
            return !names.isEmpty() && (names.mayBeEntry && x.hasClass("hentry") || names.body());
        }

        /** The element named for a date that holds {@code e} (itself or one of its two parents), or null. */
        private Element dateElement(Element e, int depth) {
            for (int up = 0; e != null && up < 3; up++, e = e.parent()) {
                if (namesAt(e, depth - up).date()) return e;
            }
            return null;
        }

        /**
         * The date an element named for it prints across its children, each part in its own element ("Mai
         * <span>06</span>2018"): its whole text, when short, read as one line. Null when it makes no date.
         */
        private String splitDate(Element dated) {
            StringBuilder whole = new StringBuilder();
            // stops as soon as the text is too long: a wrapper named "info" may hold the whole article
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) whole.append(Words.squash(t.getWholeText())).append(' ');
                    return whole.length() > MAX_SPLIT_DATE + 1 ? FilterResult.STOP : FilterResult.CONTINUE;
                }
            }, dated);
            String line = Words.squash(whole.toString());
            return line.length() <= MAX_SPLIT_DATE ? printedDate(line) : null;
        }

        /** A date marked up on {@code e}, whose {@code itemprop} is {@code itemName}. */
        private void marked(Element e, String itemName, ElementNames names) {
            boolean replaces = headlineAt >= 0 && underHeadline(); // a date marked above the headline, by one under it
            if ((itemprop == null || itempropAbove && replaces) && !itemName.isEmpty()
                    && PUBLISHED_PROPERTY.matcher(itemName).find() && !listed.around(e)) {
                String iso = date(e, HtmlMetadata.firstNonBlank(e.attr("content"), e.attr("datetime"), e.attr("title"),
                        e.text()));
                if (iso != null) {
                    itemprop = iso;
                    itempropAbove = headlineAt < 0;
                    itempropAt = e;
                }
            } else if ((markedElement == null || markedAbove && replaces) && markedDate(e, names) && !listed.around(e)) {
                String iso = date(e, HtmlMetadata.firstNonBlank(e.normalName().equals("abbr") ? e.attr("title")
                        : e.attr("datetime"), e.text()));
                if (iso != null) {
                    markedElement = iso;
                    markedAbove = headlineAt < 0;
                    markedAt = e;
                }
            }
        }

        /** A {@code <time>}, or an {@code <abbr title>} named for a date, of the publication (not a quotation's). */
        private boolean markedDate(Element e, ElementNames names) {
            boolean time = e.normalName().equals("time");
            if (!time && !(e.normalName().equals("abbr") && e.hasAttr("title"))) return false; // most elements
            String lower = names.lower;
            if (time) return inQuote == null && !laterChange(e, lower);
            return (lower.contains("publish") || lower.contains("date")) && !laterChange(e, lower);
        }

        /**
         * Whether the marked date {@code e} (with its lower-cased class and id {@code names}) dates a later change: its
         * names say so ("updated", which hAtom's "published updated" says of a post never changed, so not beside
         * "published"), its text does, or the label just before it ("Updated: <time>", "Last modified" in its own span).
         */
        private boolean laterChange(Element e, String names) {
            if (Dates.CHANGE_WORDS.anyIn(names) && !names.contains("publish")) return true;
            if (Dates.CHANGE_WORDS.anyIn(e.text())) return true;
            String label = labelBefore(e);
            return label != null && Dates.CHANGE_WORDS.anyIn(label) && !PUBLISHED.matcher(label).find();
        }

        /**
         * The short text just before {@code e}: its previous sibling with text, or its parent's when it opens its
         * parent ("Updated: <a><time>"). Null when there is none or it is longer than a label.
         */
        private String labelBefore(Element e) {
            Node at = e;
            for (int up = 0; up < 2 && at != null && at != root; up++, at = at.parent()) {
                for (Node n = at.previousSibling(); n != null; n = n.previousSibling()) {
                    String text = n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "";
                    if (!text.isBlank()) return text.length() <= MAX_LABEL ? text : null;
                }
            }
            return null;
        }

        /** The date of {@code value}, else of the element's text: a datetime no reader parses ("01-11-2023 10:29"). */
        private static String date(Element e, String value) {
            String iso = Dates.fromValue(value);
            return iso != null ? iso : Dates.find(e.text());
        }

        /**
         * The date of a line that opens with a place and the date, as news agencies start a story: "Karlsruhe,
         * (12.11.2021). Traditionell …", "BERLIN (3. März 2021) –"; else null.
         */
        private String placeDate(String line) {
            Matcher m = PLACE_DATELINE.matcher(line);
            return m.lookingAt() ? Dates.findPrinted(m.group(1) != null ? m.group(1) : m.group(2), order) : null;
        }

        private boolean startsWithDate(String line) {
            return Character.isDigit(line.charAt(0))
                    && Dates.findPrinted(line.substring(0, Math.min(12, line.length())), order) != null;
        }

        /**
         * Whether {@code raw} may be a published label, told without normalizing it: short, and led by a letter
         * such a label starts with (most text nodes without digits are menus and prose).
         */
        private static boolean mayBeLabel(String raw) {
            if (raw.length() > MAX_LABEL) return false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!Character.isWhitespace(c)) return LABEL_INITIALS.indexOf(c) >= 0;
            }
            return false;
        }


        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == inHeadline) inHeadline = null;
            if (node == inArticle) inArticle = null;
            if (node == inQuote) inQuote = null;
            return FilterResult.CONTINUE;
        }
    }
}
