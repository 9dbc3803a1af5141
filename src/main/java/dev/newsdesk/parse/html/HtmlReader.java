package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.Related;
import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.extract.DayOrder;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.PostFooters;
import dev.newsdesk.parse.extract.PostStamp;
import dev.newsdesk.parse.extract.RegionCleaner;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import dev.newsdesk.parse.text.AuthorBlurbs;
import dev.newsdesk.parse.text.PaywallNotices;
import dev.newsdesk.parse.text.Promos;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page: metadata from the head, then the article from the body in three steps: cut the body into
 * text blocks ({@link BlockWalker}), pick the element that holds the article ({@link ContentFinder}), and trim
 * and sort that element's blocks like a text dump's ({@link MainRegion}, {@link RegionCleaner}).
 */
public final class HtmlReader {

    /** A line of fewer words is a label ("Highlights", "Quick view"), not a lead-in or a line under a subheading. */
    private static final int MIN_LEAD_WORDS = 3;
    /** Lines (not labels) a subheading after the prose needs under it to be the article's, not a widget's title. */
    private static final int MIN_LINES_UNDER_SUBHEADING = 2;
    /** A line of the article is less linked than this; more is a link with a few words around it. */
    private static final double MAX_LINE_LINK_DENSITY = 0.5;
    /** A list item, or a whole list under a subheading, of the article's is less linked than this. */
    private static final double MAX_LIST_LINK_DENSITY = 0.3;
    /** A quotation of fewer words above the text is a label or a pull-quote's scrap, not the article's epigraph. */
    private static final int MIN_EPIGRAPH_WORDS = 5;
    /** Hours either side of midnight in which an instant's day may not be the one its page prints. */
    private static final int NEAR_MIDNIGHT_HOURS = 6;
    /** How far above the article's element a lead picture's wrapper may meet it: its parent or its grandparent. */
    private static final int LEAD_WRAPPER_LEVELS = 2;

    /**
     * Words under which what a page gave may be all that an element left open did not swallow (a welcome line above
     * a search box): only then is the page checked for one, as the check walks the whole page.
     */
    private static final int FEW_WORDS = 150;

    /** Parsed once: parsing the query again for each page cost ~1% of a median page's parse. */
    private static final Evaluator SHARE_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator OG_LOCALE = QueryParser.parse("meta[property=og:locale]");

    private HtmlReader() {
    }

    /**
     * Reads a whole page from its bytes (from {@code offset}, past any byte-order mark) in {@code charset}, the one
     * {@link dev.newsdesk.parse.input.TextDecoder} picked. jsoup reads the text through a decoding reader (bad bytes
     * become U+FFFD): a median page parses ~20% faster than from the text decoded whole into a String first.
     */
    public static Draft read(byte[] bytes, int offset, Charset charset) {
        Document doc = Parser.htmlParser().parseInput(
                new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset), "");
        Draft draft = read(doc);
        if (draft.blocks().isEmpty() || !hasWords(draft, FEW_WORDS) && DamagedMarkup.swallowed(doc)) {
            // no article, or a few lines: maybe an element left open swallowed the page, or its end; read it again
            // with that element closed, and keep the reading that found more of an article
            String repaired = DamagedMarkup.repair(doc, new String(bytes, offset, bytes.length - offset, charset));
            if (repaired != null) {
                Document again = parse(repaired);
                Draft repairedDraft = read(again);
                if (draft.blocks().isEmpty() || words(repairedDraft) > words(draft)) {
                    doc = again;
                    draft = repairedDraft;
                }
            }
        }
        // still no article text: maybe the page keeps it in a comment that a script opens
        if (!hasWords(draft, 1) && CommentedArticle.uncomment(doc)) {
            Draft again = read(doc);
            if (hasWords(again, 1)) return again;
        }
        return draft;
    }

    /** The words of a draft's text blocks. */
    private static int words(Draft draft) {
        int n = 0;
        for (Block b : draft.blocks()) if (b.isText()) n += Words.count(b.text());
        return n;
    }

    /** Whether a draft's text blocks hold {@code enough} words: counted only until they do, the page may be long. */
    private static boolean hasWords(Draft draft, int enough) {
        int n = 0;
        for (Block b : draft.blocks()) {
            if (b.isText() && (n += Words.count(b.text())) >= enough) return true;
        }
        return false;
    }

    private static Draft read(Document doc) {
        DisplacedHead.restore(doc);
        WordLists.rebuild(doc);
        List<Element> scripts = new ArrayList<>();
        String pageTitle = doc.title();
        String declared = LanguageDetector.code(HtmlMetadata.declaredLanguage(doc));
        PageAddress address = PageAddress.of(doc);
        Element shared = doc.head().selectFirst(SHARE_TITLE);
        String shareTitle = shared == null ? null : shared.attr("content");
        Draft body = readBody(doc.body(), address.base(), declared, pageTitle, shareTitle, scripts);
        HtmlMetadata meta = HtmlMetadata.of(doc, pageTitle, scripts, address.base());
        body = preferStructuredBody(body, meta.structuredBody());
        String canonical = address.canonical() != null ? address.canonical() : meta.canonicalUrl();
        // The body is walked again only when the head and the article's region leave a date or the authors open (or
        // in doubt: a first name alone, a login, the publisher); a head date near midnight, or a day alone, is checked
        // against the day printed by the headline.
        String headDate = meta.publishedAt();
        boolean datesOpen = headDate == null || !meta.publishedSure() || headDate.endsWith("+00:00")
                || changedLater(meta) || nearMidnight(headDate);
        List<String> headAuthors = AuthorChoice.names(meta.authors());
        List<String> regionAuthors = AuthorChoice.names(body.authors());
        String hostLabel = HtmlMetadata.hostLabel(address.base());
        boolean authorsOpen = AuthorChoice.doubtful(!headAuthors.isEmpty() ? headAuthors : regionAuthors, hostLabel)
                || headAuthors.isEmpty() && regionAuthors.isEmpty();
        DayOrder order = DayOrder.of(languageTag(doc), body.language());
        Dateline shown = (datesOpen || authorsOpen) && doc.body() != null
                ? Dateline.in(doc.body(), order) : Dateline.NONE;
        String head = yieldsToBody(meta, shown) ? null : meta.publishedAt();
        String dayAddress = canonical != null ? canonical : PageAddress.amp(doc);
        String date = showsOnlyItsChange(meta, shown, body.publishedAt()) ? shown.changed()
                : publishedAt(shown, head, body.publishedAt(), dayAddress);
        if (date == null) date = ScriptDates.published(doc);
        if (date == null) date = OwnTeaser.published(doc.body(), canonical, address.ownPath(), address.base());
        Image lead = LeadImage.choose(meta.image(), body.blocks());
        // a picture filed under its day was most often stored for the article it leads
        if (date == null && lead != null) date = Dates.fromFileUrl(lead.url());
        // a page that prints only its last change: the article is no younger, and no nearer day is known
        if (date == null) date = shown.changed();
        if (date == null) date = FooterChange.of(doc.body(), order);
        // a notice titled by its day, a letter signed with it
        if (date == null) date = TitleDate.of(pageTitle, order);
        if (date == null) date = SignOffDate.of(body.blocks(), order);
        if (date == null) date = ShortYearDateline.of(body.blocks(), order);
        List<String> authors = AuthorChoice.choose(headAuthors, regionAuthors, AuthorChoice.names(shown.authors()),
                shown.authorsInText(), shown.wire(), body.blocks(), hostLabel, meta.ogSiteName());
        // the one writer the head names may have co-authors the byline prints
        if (authors.size() == 1 && authors.equals(headAuthors)) authors = CoAuthors.of(doc.body(), authors.get(0));
        if (authors.isEmpty() && doc.body() != null) {
            // the writer's own reply to a reader, else the personal site's owner, else the first name a post signs with
            String writer = AuthorsReply.name(doc.body());
            if (writer == null) writer = CopyrightHolder.person(doc.body());
            if (writer == null) writer = SignOffName.of(body.blocks());
            if (writer != null) authors = List.of(writer);
        }
        // else the account the structured data says posted the page
        if (authors.isEmpty()) authors = AuthorChoice.account(meta.pageAccount(), hostLabel);
        // else the contact person a press release names
        if (authors.isEmpty() && doc.body() != null) {
            String contact = ContactPerson.of(doc.body());
            if (contact != null) authors = List.of(contact);
        }
        String title = meta.title() != null ? meta.title() : body.title();
        return new Draft(Format.HTML, title, meta.section(), authors, date, meta.tags(), body.language(),
                body.blocks(), body.related(), lead, canonical);
    }

    /** The page's language tag with its country, when it gives one: its {@code lang}, else its {@code og:locale}. */
    private static String languageTag(Document doc) {
        String lang = HtmlMetadata.declaredLanguage(doc);
        if (lang.length() > 2) return lang;
        Element locale = doc.head().selectFirst(OG_LOCALE);
        return locale != null && !locale.attr("content").isBlank() ? locale.attr("content") : lang;
    }

    /**
     * Whether the head's date gives way to the body's. Any head date does when the page prints, as its dateline,
     * the day of the change the head records, without a word of a change, and marks up no publication on another
     * day: the site republished the article that day and shows it to its readers as of that day. A head date of a
     * name that may be the last change's ("date") does too when the body says otherwise: it marks a date up, prints
     * its dateline by the headline on another day (the day readers are shown; the name may hold the record's
     * creation or last change), or prints an earlier day elsewhere (a change comes after the publication; a later
     * day printed away from the headline may be the day the page was served, or an event's).
     */
    private static boolean yieldsToBody(HtmlMetadata meta, Dateline shown) {
        if (meta.publishedAt() == null) return false;
        if (changedLater(meta) && shown.printed() != null && day(shown.printed()).equals(day(meta.modifiedAt()))
                && (shown.marked() == null || day(shown.marked()).equals(day(shown.printed())))) {
            return true;
        }
        if (meta.publishedSure()) return false;
        if (shown.marked() != null) return true;
        if (shown.printed() == null) return false;
        int order = day(shown.printed()).compareTo(day(meta.publishedAt()));
        return order < 0 || order > 0 && shown.byHeadline();
    }

    /**
     * Whether the page shows its readers no publication, only the day of its last change ("Updated Mar 12, 2020"
     * under the headline), and its data record a change too (in the head, or marked up in the body): readers date
     * the page by that day, whatever day the data give the first version. A change printed before that publication
     * is no revision of it.
     */
    private static boolean showsOnlyItsChange(HtmlMetadata meta, Dateline shown, String dateline) {
        if (shown.changed() == null || shown.printed() != null || dateline != null
                || meta.modifiedAt() == null && !shown.changeMarked()) {
            return false;
        }
        String published = meta.publishedAt() != null ? meta.publishedAt() : shown.marked();
        return published == null || day(shown.changed()).compareTo(day(published)) >= 0;
    }

    /**
     * Whether {@code iso} is a day alone or an instant within {@link #NEAR_MIDNIGHT_HOURS} of midnight in its own
     * offset: the readers' day, in another zone or the next morning's release, may be another.
     */
    private static boolean nearMidnight(String iso) {
        if (iso.length() <= 10) return true;
        int hour = Integer.parseInt(iso.substring(11, 13));
        return hour < NEAR_MIDNIGHT_HOURS || hour >= 24 - NEAR_MIDNIGHT_HOURS;
    }

    /** Whether the head dates a change on another day than the publication. */
    private static boolean changedLater(HtmlMetadata meta) {
        return meta.publishedAt() != null && meta.modifiedAt() != null
                && !day(meta.modifiedAt()).equals(day(meta.publishedAt()));
    }

    private static String day(String iso) {
        return iso.substring(0, 10);
    }

    /**
     * The publication date, from the most to the least explicit source: the head's metadata (its UTC instant moved to
     * the day the page prints, or else its address names, when that is the day before or after; a head date of a name
     * that may be the last change's, "date", yields to a date the body marks up or an earlier day it prints), the
     * body's markup ({@code <time>}, microdata), a dateline near the headline or in an element named for the date,
     * the dateline over the article's text (a short line there may speak of a date, "takes office on 1.9.2015", where
     * the walk's lines are datelines by their place), the day in the page's {@code address} (its canonical one, else
     * its AMP version's); else, from the caller, a date the page's script data give under a published key
     * ({@link ScriptDates}), the date of the page's own teaser ({@link OwnTeaser}), the day in its lead picture's
     * address.
     */
    private static String publishedAt(Dateline shown, String head, String dateline, String address) {
        String printed = shown.printed() != null ? shown.printed() : dateline;
        String localDay = printed != null ? printed : Dates.fromUrl(address);
        if (head != null) return withLocalDay(head, shown, localDay);
        if (shown.marked() != null) return withLocalDay(shown.marked(), shown, localDay);
        return localDay;
    }

    /**
     * {@code date} moved to the day the page prints when the two are a day apart ({@link Dates#withPrintedDay}): a
     * UTC instant to any day the page prints or its address names ({@code localDay}), as the site stores UTC and
     * shows the local day; a day alone, or an instant near midnight with an offset of its own, only to the dateline
     * by the headline, the day the page shows its readers (an evening's instant of a story released the next
     * morning, a server's zone that is not the readers').
     */
    private static String withLocalDay(String date, Dateline shown, String localDay) {
        if (date.endsWith("+00:00")) return Dates.withPrintedDay(date, localDay);
        return shown.byHeadline() && nearMidnight(date) ? Dates.withPrintedDay(date, shown.printed()) : date;
    }

    /**
     * Some pages render their text with scripts and ship it only in schema.org's {@code articleBody}: when that
     * text is clearly longer than what the markup gave, it is the article. A CMS that escapes its markup twice ships
     * it as "&amp;lt;p&amp;gt;": unescaped once it is the markup it meant (its entities' names no words to count).
     */
    private static Draft preferStructuredBody(Draft fromMarkup, String structured) {
        if (structured == null || structured.isBlank()) return fromMarkup;
        if (structured.contains("&lt;")) structured = Parser.unescapeEntities(structured, false);
        int ldWords = Words.count(structured);
        if (ldWords < 50) return fromMarkup;
        int markupWords = 0;
        for (Block b : fromMarkup.blocks()) {
            if (!b.isText()) continue;
            markupWords += Words.count(b.text());
            if (ldWords < markupWords * 1.5) return fromMarkup; // no need to count the rest
        }
        List<Block> blocks;
        if (structured.indexOf('<') >= 0 && structured.indexOf('>') > 0) {
            blocks = readFragment(structured, null).blocks();
        } else {
            blocks = new ArrayList<>();
            for (String p : structured.split("\\n")) {
                String t = Words.squash(p);
                if (!t.isEmpty()) blocks.add(Block.paragraph(t));
            }
        }
        if (blocks.isEmpty()) return fromMarkup;
        return fromMarkup.withBlocks(PaywalledLead.opening(fromMarkup.blocks(), blocks), fromMarkup.related());
    }

    /**
     * Reads a fragment of HTML (a JSON export's body) published at {@code base} (null if unknown): all of it is
     * article, only chrome is dropped.
     */
    public static Draft readFragment(String html, String base) {
        Document doc = parse(html);
        String fragmentBase = PageAddress.of(doc).base();
        return readBody(doc.body(), fragmentBase != null ? fragmentBase : base, null, "", null, new ArrayList<>());
    }

    /** jsoup's HTML parser: the standard's tokenizer and tree builder; the first {@code <base href>} sets the base. */
    static Document parse(String html) {
        return Parser.htmlParser().parseInput(html, "");
    }

    /**
     * {@code pageTitle} (or the post's heading under a site's-name {@code <h1>} that it holds, {@link PostHeading})
     * and {@code shareTitle} (og:title, or null) name the headline the article stands under.
     */
    private static Draft readBody(Element body, String base, String declaredLanguage, String pageTitle,
                                  String shareTitle, List<Element> scripts) {
        List<Related> related = new ArrayList<>();
        PrunedBylines bylines = new PrunedBylines();
        BlockWalker.Walk walk = BlockWalker.walk(body, base, related, scripts, bylines);
        String title = PostHeading.articleTitle(walk.headlines(), pageTitle, body);
        Draft draft = readBlocks(walk, base, declaredLanguage, title, shareTitle, related, bylines, true, null);
        if (!draft.blocks().isEmpty()) return draft;
        // Nothing found: a name may have covered the article (a "share-zone" or "comments" class on its wrapper, the
        // page inside an unclosed header), or its language is one whose function words we do not list, judged by
        // another's (a template's lang="en" on Russian prose). Read it again trusting neither; a page with no
        // article (a menu, an image and its credit) still gives nothing, and is refused as before.
        draft = readBlocks(BlockWalker.walkIgnoringHints(body, base), base, declaredLanguage, title, shareTitle,
                related, bylines, false, null);
        if (!draft.blocks().isEmpty()) return draft;
        // Still nothing: an article too short to read as prose, in the one element the page names for its body
        Element shortBody = ShortArticle.of(body);
        // else a story told in captions and boxes under its headline, in the headline's box
        Element headline = ArticlePlace.headline(walk.headlines(), title, shareTitle);
        if (shortBody == null) shortBody = HeadlineBox.of(headline, body);
        if (shortBody != null) {
            Draft shortArticle = readBlocks(walk, base, declaredLanguage, title, shareTitle, related, bylines, true,
                    shortBody);
            if (ShortArticle.enough(shortArticle.blocks())) return shortArticle;
        }
        // else a post whose body is the one file it shares, linked under its headline
        Element filePost = FilePost.of(body, headline, shareTitle);
        return filePost == null ? draft
                : readBlocks(walk, base, declaredLanguage, title, shareTitle, related, bylines, true, filePost);
    }

    /**
     * The article among {@code all}; {@code trustFunctionWords} false judges prose without the language's list;
     * {@code shortBody}, when not null, is the element that holds the whole article ({@link ShortArticle},
     * {@link FilePost}).
     */
    private static Draft readBlocks(BlockWalker.Walk walk, String base, String declaredLanguage, String title,
                                    String shareTitle, List<Related> related, PrunedBylines bylines,
                                    boolean trustFunctionWords, Element shortBody) {
        List<HtmlBlock> all = walk.blocks();
        Element headline = ArticlePlace.headline(walk.headlines(), title, shareTitle);
        Set<Element> roots = shortBody != null ? Set.of(shortBody) : ContentFinder.find(all, headline);
        List<Candidate> chosen = new ArrayList<>();
        List<Integer> chosenAt = new ArrayList<>(); // each chosen block's index in all
        int first = -1;
        for (int i = 0; i < all.size(); i++) {
            HtmlBlock b = all.get(i);
            if (roots.isEmpty() || inside(b.owner(), roots)) {
                if (first < 0) first = i;
                chosen.add(b.withMarkup());
                chosenAt.add(i);
            }
        }
        // The standfirst often sits in an element of its own above the body (with the title): it is the article's.
        // So does a box of the story's key points, right above the body: its bullets are the article's summary.
        KeyPoints.Range keyPoints = roots.isEmpty() || first < 0 ? KeyPoints.Range.NONE : KeyPoints.before(all, first);
        for (int i = keyPoints.end() - 1; i >= keyPoints.start(); i--) {
            chosen.add(0, all.get(i).withMarkup());
            chosenAt.add(0, i);
        }
        int above = keyPoints.isEmpty() ? first : keyPoints.start();
        int standfirst = roots.isEmpty() || first < 0 ? -1 : Standfirst.before(all, above, headline);
        if (standfirst >= 0) {
            chosen.add(0, Standfirst.asParagraph(all.get(standfirst).withMarkup()));
            chosenAt.add(0, standfirst);
        }
        // The text decides: templates often declare the wrong lang; the declaration only breaks a tie.
        String language = LanguageDetector.detect(sample(chosen), declaredLanguage);
        BlockScorer scorer = new BlockScorer(trustFunctionWords ? language : null, false);
        List<Verdict> verdicts = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) verdicts.add(scorer.judge(c));
        if (shortBody != null) FilePost.keepLink(shortBody, chosen, verdicts);
        PostExcerpts.markAsChrome(chosen, verdicts);
        List<HtmlBlock> chosenBlocks = new ArrayList<>(chosenAt.size());
        for (int i : chosenAt) chosenBlocks.add(all.get(i));
        DataCellLines.keepGoing(verdicts, chosenBlocks); // "Replies take weeks" in a table ends no article
        QuoteLeadIns.keepGoing(chosen, verdicts); // nor "To which she replies:" over a quotation
        double[] weights = DataTableRows.bridged(MainRegion.weights(chosen, verdicts, MainRegion.MARKUP, scorer),
                chosenBlocks);
        MainRegion.Range range = extendEnds(chosen, verdicts,
                HeadlineRun.prefer(chosen, chosenAt, all, weights, headline, MainRegion.find(chosen, weights)), title);
        range = KeyPoints.withLabel(range, keyPoints.labelled() ? chosenAt.indexOf(keyPoints.start()) : -1);
        range = OpeningSubheading.include(chosen, chosenAt, all, range, title, shareTitle);
        range = ThreadPosts.withOpeningPost(roots, chosen, verdicts, range, title);
        range = RecipeCard.withParts(roots, chosenBlocks, verdicts, range);
        if (shortBody != null && range.isEmpty()) {
            range = new MainRegion.Range(pastHeadline(chosen, headline), chosen.size());
        }
        DataTableRows.keepRows(verdicts, chosenBlocks, range);
        LinkedSentences.keepAmidProse(chosen, verdicts, range);
        range = LinkedListItems.keep(chosen, chosenBlocks, verdicts, range); // "<li><a>Bug 12</a>" among sentences
        LinkedSubheadings.keepAmidArticle(chosen, verdicts, range); // "<h3><a>The product</a> ($20)</h3>"
        SmallPrintAmidProse.keep(chosen, verdicts, range, scorer); // a story on privacy says "cookies"
        range = LabelledLinkLists.keep(chosen, verdicts, range, base, title); // its sources and files under its label
        range = EmbeddedPostText.withClosingPost(chosenBlocks, verdicts, range);
        EmbeddedPostText.keep(chosenBlocks, verdicts, range); // a tweet's words, not a teaser
        QuoteAttributions.keep(chosenBlocks, verdicts, range); // "jane wrote:" over a forum post's quote
        range = PaywallNotices.cut(chosen, verdicts, range); // the offers set as paragraphs under a paywall's notice
        Promos.dropPitches(chosen, verdicts, range); // the site's pitches set as the article's paragraphs
        Promos.dropClosingWriteIns(chosen, verdicts, range); // and its invitation to write in under them
        PromoBoxes.drop(chosenBlocks, verdicts, range); // and its appeals set in boxes of their own
        int writersBox = AuthorBlurbs.closingBoxLabel(chosen, range); // the box on the writer under the story
        if (writersBox < 0) writersBox = AuthorBlurbs.closingNote(chosen, range); // or its note with no label
        for (int i = writersBox; i >= 0 && i < range.end(); i++) verdicts.set(i, Verdict.NOISE);
        HeaderLines.drop(chosen, verdicts, range, title, shareTitle); // a table page's header lines over the story
        PostFooters.mark(chosen, verdicts); // after the region is found: the footer still marks where the post ends
        RegionCleaner.Sorted sorted = CodeSamples.typed(TableBlocks.grouped(
                RegionCleaner.sort(chosen, verdicts, range, true), chosenBlocks), chosenBlocks);
        List<Related> allRelated = new ArrayList<>(sorted.related());
        allRelated.addAll(related);
        List<String> authors = sorted.authors();
        if (authors.isEmpty() && !range.isEmpty()) {
            // the byline in a box of its own at the article's opening, up to its second block
            int opening = chosenAt.get(Math.min(range.start() + 1, range.end() - 1));
            authors = LeadByline.between(all, new HashSet<>(chosenAt), LeadByline.from(first, standfirst), opening);
        }
        if (authors.isEmpty()) authors = bylines.authors();
        List<Block> blocks = withMedia(sorted, chosenAt, range, walk.media(), roots, first);
        // a post's title and day over the article: its title, when the page names none
        String stampTitle = range.start() > 0 && PostStamp.isStamp(chosen.get(range.start() - 1))
                ? PostStamp.withoutDay(chosen.get(range.start() - 1).text()) : null;
        return new Draft(Format.HTML, stampTitle, null, authors, sorted.publishedAt(), List.of(), language,
                blocks, List.copyOf(new LinkedHashSet<>(allRelated)), null, null);
    }

    /**
     * The article's blocks with the pictures and players that stand among them in the article's element, in
     * reading order: from the top of the region (a lead figure above the first paragraph) to the pictures right
     * under its last block; a lead figure between a standfirst taken from above the article's element and its
     * first block {@code bodyFirst} too. One picture shown twice (a lazy loader's copy) is kept once.
     */
    private static List<Block> withMedia(RegionCleaner.Sorted sorted, List<Integer> chosenAt, MainRegion.Range range,
                                         List<HtmlMedia> media, Set<Element> roots, int bodyFirst) {
        List<Block> blocks = sorted.blocks();
        if (media.isEmpty() || blocks.isEmpty()) return blocks;
        int from = chosenAt.get(range.start());
        Set<Element> around = roots.isEmpty() ? roots : Set.of(commonAncestor(roots));
        List<Block> out = new ArrayList<>(blocks.size() + media.size());
        Set<String> urls = new java.util.HashSet<>();
        int m = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int at = chosenAt.get(sorted.origins().get(k));
            for (; m < media.size() && media.get(m).position() <= at; m++) {
                HtmlMedia item = media.get(m);
                boolean inArticle = roots.isEmpty() || inside(item.element(), roots)
                        // between two of the article's blocks, a picture in a wrapper of its own is still its
                        || k > 0 && item.position() > from && inside(item.element(), around)
                        || isLeadBeside(item, from, around) || isLeadBeside(item, bodyFirst, around);
                Block b = item.position() >= from && inArticle ? item.block() : null;
                if (b != null && urls.add(b.url())) out.add(b);
            }
            out.add(blocks.get(k));
        }
        // pictures that close the article, with no text between them and its last block (a gallery under "more
        // photos"), are its own when they sit in its element
        int end = chosenAt.get(sorted.origins().get(blocks.size() - 1)) + 1;
        for (; !roots.isEmpty() && m < media.size() && media.get(m).position() == end; m++) {
            HtmlMedia item = media.get(m);
            Block b = !item.afterText() && inside(item.element(), roots) ? item.block() : null;
            if (b != null && urls.add(b.url())) out.add(b);
        }
        return out;
    }

    /**
     * A lead picture in a wrapper of its own beside the article's element: no text between it and the article's first
     * block, and a parent of that element, or its grandparent, holds both (a page's "story" wrapper around the lead
     * picture's box and the text's box).
     */
    private static boolean isLeadBeside(HtmlMedia item, int from, Set<Element> around) {
        if (around.isEmpty() || item.position() != from || item.afterText()) return false;
        Element up = around.iterator().next();
        for (int level = 0; level < LEAD_WRAPPER_LEVELS && up != null; level++) {
            up = up.parent();
            if (up != null && inside(item.element(), Set.of(up))) return true;
        }
        return false;
    }

    /** The nearest element that holds every one of {@code roots}. */
    private static Element commonAncestor(Set<Element> roots) {
        Element common = roots.iterator().next();
        for (Element r : roots) {
            while (common != null && !inside(r, Set.of(common))) common = common.parent();
        }
        return common;
    }

    /**
     * Short plain paragraphs next to the prose (a lead-in line or list above it, a list written as paragraphs or a
     * closing line below it) are still the article's when they sit inside its element. Below, a subheading carries
     * the article on when at least two such lines follow it (a results list, a table of dates under their title);
     * a subheading over links or nothing ends it. A line that is one link (an event's page) carries it on the same
     * way when two such lines follow it (a timetable, an address). Above the prose, the headline repeated from the
     * page's title is where the article starts; a byline or dateline taken in becomes metadata (RegionCleaner).
     */
    private static MainRegion.Range extendEnds(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range r,
                                               String title) {
        if (r.isEmpty()) return r;
        int end = pastLines(blocks, verdicts, r.end());
        while (end < blocks.size() && (verdicts.get(end) == Verdict.SHORT
                && blocks.get(end).kind() == Candidate.Kind.HEADING || isLinkLine(blocks.get(end), verdicts.get(end)))) {
            int after = pastLines(blocks, verdicts, end + 1);
            // a details list may open with a linked item (its category) above its plain lines
            if (after == end + 1 && after < blocks.size() && isLinkItem(blocks.get(after), verdicts.get(after))) {
                after = pastLines(blocks, verdicts, after + 1);
            }
            after = pastLines(blocks, verdicts, pastPlainList(blocks, verdicts, after));
            int lines = 0;
            for (int i = end + 1; i < after; i++) if (blocks.get(i).words() >= MIN_LEAD_WORDS) lines++;
            if (lines < MIN_LINES_UNDER_SUBHEADING) break;
            end = after;
        }
        int start = r.start();
        // a blog post's title-and-day line above it is the post's heading, not a lead-in line
        while (start > 0 && verdicts.get(start - 1) == Verdict.SHORT
                && (isLeadIn(blocks.get(start - 1)) || isEpigraph(blocks.get(start - 1)))
                && !title.contains(blocks.get(start - 1).text())
                && !PostStamp.isStamp(blocks.get(start - 1))) {
            start--;
        }
        return new MainRegion.Range(start, end);
    }

    /** A short line of the article above its prose: a lead-in sentence, or a label announcing what follows. */
    private static boolean isLeadIn(Candidate c) {
        return continuesArticle(c) && (c.words() >= MIN_LEAD_WORDS || announcesNext(c));
    }

    /**
     * A quotation set in a blockquote above the text, its motto: it ends with no stop when it is signed ("— Seneca")
     * or carries a footnote's mark, so it reads as a short line, yet it is the article's opening.
     */
    private static boolean isEpigraph(Candidate c) {
        return c.kind() == Candidate.Kind.QUOTE && c.linkDensity() < Candidate.MOSTLY_LINKED && c.words() >= MIN_EPIGRAPH_WORDS;
    }

    /**
     * A paragraph that is one link (an event's page, a source): chrome itself, but lines of the article may follow it
     * (a timetable, an address, a closing line).
     */
    private static boolean isLinkLine(Candidate c, Verdict v) {
        return v == Verdict.NOISE && c.kind() == Candidate.Kind.PARAGRAPH && c.isMostlyLinks();
    }

    /** A list item that is one link, in a list of the article's plain lines. */
    static boolean isLinkItem(Candidate c, Verdict v) {
        return v == Verdict.NOISE && c.kind() == Candidate.Kind.LIST_ITEM && c.isMostlyLinks();
    }

    /**
     * The first block from {@code from} on that is not a short line or list item of the article. A short line of a
     * quotation goes on with the quotation above it: a letter quoted whole closes with its sign-off ("Sincerely,"),
     * words without a number (a booking calendar set in a quotation is months and days).
     */
    private static int pastLines(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int i = from;
        while (i < blocks.size() && verdicts.get(i) == Verdict.SHORT
                && (continuesArticle(blocks.get(i)) || i > 0 && continuesQuote(blocks.get(i - 1), blocks.get(i)))) {
            i++;
        }
        return i;
    }

    /**
     * Past the run of list items from {@code from} on when the run is mostly plain words, though an item may name a
     * place or a shop in a link ("The <a>Harbour Kitchen</a> in the old town"): a list of the writer's tips. Each
     * item is a short line, not chrome (under half of it linked), and a list of other stories' links is most of it
     * linked. {@code from} when no such run starts there.
     */
    private static int pastPlainList(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int i = from;
        double linked = 0;
        double chars = 0;
        while (i < blocks.size() && verdicts.get(i) == Verdict.SHORT && blocks.get(i).kind() == Candidate.Kind.LIST_ITEM
                && blocks.get(i).linkDensity() < MAX_LINE_LINK_DENSITY) {
            Candidate c = blocks.get(i++);
            linked += c.linkDensity() * c.text().length();
            chars += c.text().length();
        }
        return i > from && linked < MAX_LIST_LINK_DENSITY * chars ? i : from;
    }

    private static boolean continuesQuote(Candidate above, Candidate c) {
        return above.kind() == Candidate.Kind.QUOTE && c.kind() == Candidate.Kind.QUOTE && c.linkDensity() == 0
                && !Words.hasDigit(c.text());
    }

    /**
     * A label that announces the block under it ("Zubereitung:", "Method:") or a letter's salutation ("Dear readers,"):
     * too short to be a lead-in line by its words, but the article's own when prose follows it, as a recipe's list of
     * ingredients above it is.
     */
    private static boolean announcesNext(Candidate c) {
        String t = c.text();
        return (t.endsWith(":") || t.endsWith(",")) && c.linkDensity() == 0;
    }

    private static boolean continuesArticle(Candidate c) {
        return c.kind() == Candidate.Kind.PARAGRAPH && c.linkDensity() < MAX_LINE_LINK_DENSITY
                || c.kind() == Candidate.Kind.LIST_ITEM && c.linkDensity() < MAX_LIST_LINK_DENSITY;
    }

    /** The index of the first of {@code blocks} after the headline's (0 when the headline is not among them). */
    private static int pastHeadline(List<Candidate> blocks, Element headline) {
        if (headline == null) return 0;
        String text = Words.squash(headline.text());
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().equals(text)) return i + 1;
        }
        return 0;
    }

    private static boolean inside(Element e, Set<Element> roots) {
        for (Element a = e; a != null; a = a.parent()) {
            if (roots.contains(a)) return true;
        }
        return false;
    }

    /** The text the language is told from: no more than the detector reads. */
    private static String sample(List<Candidate> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Candidate c : blocks) {
            sb.append(c.text()).append('\n');
            if (sb.length() >= LanguageDetector.SAMPLE_CHARS) break;
        }
        return sb.toString();
    }
}
