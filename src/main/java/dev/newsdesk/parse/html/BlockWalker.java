package dev.newsdesk.parse.html;

import dev.newsdesk.article.Related;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Vocabulary;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a page body that cuts it into text blocks (the text between block-level boundaries), skipping
 * subtrees that are never article text: scripts, forms' controls, navigation, figures, hidden elements, and
 * elements whose class names mark them as chrome. Iterative (jsoup's traversor), so depth costs no stack.
 */
final class BlockWalker implements NodeFilter {

    /** Also ruby's annotations ({@code rt}, {@code rp}): a Japanese or Chinese reading printed over its characters
     *  would be read into the sentence, "子こども" for "子ども". Not {@code object}: no browser runs its plug-in now,
     *  so its fallback content is what the reader sees (a video post's lead as the caption of the player's still). */
    private static final Set<String> SKIP = Vocabulary.of("script", "style", "noscript", "template", "svg", "iframe",
            "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "header",
            "figure", "figcaption", "canvas", "video", "audio", "map", "head", "title", "meta", "link", "dialog",
            "menu", "math", "picture", "source", "img", "rt", "rp");
    static final Set<String> BLOCK = Vocabulary.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "tbody", "thead", "tfoot", "caption", "address", "center", "hr", "details", "summary", "body", "form",
            "fieldset", "hgroup", "legend", "header");
    /**
     * Skipped tags that say chrome by convention only (a page may wrap itself in an unclosed header, or ship its
     * text in noscript for a script to render): a second reading of a page whose first found nothing reads them.
     */
    private static final Set<String> CHROME_BY_CONVENTION = Vocabulary.of("nav", "aside", "footer", "header",
            "noscript", "menu");
    static final Set<String> HEADINGS = Vocabulary.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Where a page may write its headline: a blog's post title is often an h2 or h3 under the blog's h1. */
    private static final Set<String> TOP_HEADINGS = Vocabulary.of("h1", "h2", "h3");
    /** What can show a picture or a player: read into media blocks ({@link MediaReader}), never into text. */
    private static final Set<String> MEDIA = Vocabulary.of("figure", "img", "picture", "iframe", "video");
    private static final Set<String> NEVER_PRUNED = Set.of("body", "html", "article", "main");
    /**
     * Which of the sets above each tag is in, as bits: every element of the page is asked about most of them, and one
     * look-up answers all.
     */
    private static final Map<String, Integer> KINDS = kinds();
    private static final int SKIPPED = 1;
    private static final int CONVENTIONAL_CHROME = 2;
    private static final int BLOCK_TAG = 4;
    private static final int MEDIA_TAG = 8;
    private static final int TOP_HEADING = 16;
    private static final int HEADING = 32;
    private static final int NEVER_PRUNED_TAG = 64;
    /** An element whose names say chrome is kept anyway when it holds this share of the page's text. */
    private static final double PRUNE_MAX_SHARE = 0.3;
    /** An unlinked "teaser" of this much text outside paragraphs is a lead, not a label. */
    private static final int MIN_TEASER_CHARS = 60;
    /** A standfirst's links are a small part of its paragraphs: at most one character in this many. */
    private static final int MAX_TEASER_LINK_SHARE = 5;
    /** What makes a table cell a page's column rather than a datum: a line break or a block inside it. */
    private static final Set<String> LAYOUT_INSIDE = Vocabulary.of("br", "p", "div", "table", "ul", "ol", "h1", "h2",
            "h3", "h4", "blockquote", "center");
    /** How many of a cell's first nodes are looked at to tell a layout cell: a data cell is small. */
    private static final int LAYOUT_LOOKAHEAD = 40;
    /** A blank line in preformatted text: a paragraph's end. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    /** A run of text between line breaks this long reads as a paragraph written without {@code <p>}. */
    private static final int MIN_LINE_CHARS = 80;

    private final List<HtmlBlock> blocks = new ArrayList<>();
    private final List<HtmlMedia> media = new ArrayList<>();
    private final List<Chrome> mediaChrome = new ArrayList<>(); // parallel to media
    /** The address relative URLs are resolved on: the page's {@code <base>} or its own URL, or null. */
    private final String base;
    /** The inline HTML of the block being read, kept beside {@link #buffer}. */
    private final InlineMarkup markup;
    private final List<Related> related = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    /** The words of {@link #buffer}, counted as they are appended. */
    private final Words.Counter words = new Words.Counter();
    private final Element root;
    /** False on the second reading: class names, roles and conventional chrome tags no longer prune. */
    private final boolean trustHints;
    private final List<Chrome> chromes = new ArrayList<>();
    private final List<Chrome> blockChrome = new ArrayList<>(); // parallel to blocks: the innermost chrome around
    /** The page's top-level headings and what schema.org marks as its headline: where the article may be. */
    private final List<Element> headlines = new ArrayList<>();
    private Chrome chrome;
    private int totalChars;
    private int totalParagraphChars;
    /**
     * The JSON-LD scripts and the named meta tags met on the way, for the metadata (saves it a pass over the page):
     * a page with text or a stray element in its head has the rest of its meta tags moved into the body.
     */
    private List<Element> headTags;
    private PrunedBylines bylines;
    /** Pages repeat their class names by the hundred: judge each once. */
    private final java.util.Map<String, Byte> nameVerdicts = new java.util.HashMap<>();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private int listDepth;
    private int quoteDepth;
    /** Inside a form, whose labels name its fields ("Your email", a poll's answers): never the article's text. */
    private int formDepth;
    /** Inside {@code <pre>}: its text keeps its lines, a blank one ending a paragraph. */
    private int preDepth;
    /** The lines of the {@code <pre>} being read as code ({@link CodeSamples}), the block's text; else null. */
    private String codeLines;
    /**
     * Inside an article or main element: a header there is the article's own (title, standfirst, byline, date), not
     * the site's masthead, so it is read; its byline and date become metadata, its title is not prose.
     */
    private int articleDepth;
    /** Inside an article's header, whose headings are the headline and its kicker: the title, not the body. */
    private int headerDepth;
    private boolean lastWasBreak;
    /** Lines of the block being read that are long enough for paragraphs ({@link #MIN_LINE_CHARS}). */
    private int lines;
    /** Where the current line of the block being read starts in {@link #buffer}. */
    private int lineStart;
    /** The block being read is written as lines: it holds a {@code <br>} or follows two of them. */
    private boolean brokenIntoLines;

    private BlockWalker(Element root, String base, boolean trustHints) {
        this.root = root;
        this.base = base;
        this.markup = new InlineMarkup(base);
        this.trustHints = trustHints;
    }

    /**
     * What a walk found: text blocks and media, in document order, and the candidates for the page's headline
     * ({@code h1} elements and schema.org headlines, pruned or not).
     */
    record Walk(List<HtmlBlock> blocks, List<HtmlMedia> media, List<Element> headlines) {
    }

    /**
     * The blocks and media of {@code root} in document order, URLs resolved on {@code base}; teaser links of pruned
     * related-content widgets go to {@code related}, pruned byline elements to {@code bylines},
     * the page's JSON-LD scripts and the meta tags of the body to {@code headTags}.
     */
    static Walk walk(Element root, String base, List<Related> related, List<Element> headTags,
                     PrunedBylines bylines) {
        return walk(root, base, related, headTags, bylines, true);
    }

    /**
     * The blocks of {@code root} read without trusting what names a subtree chrome (class names, roles, nav, aside,
     * header, footer): for a page whose article such a name wrongly covers ("share-zone" around the text). Only
     * hidden elements and what is never text (scripts, controls, media) are skipped.
     */
    static Walk walkIgnoringHints(Element root, String base) {
        return walk(root, base, new ArrayList<>(), new ArrayList<>(), new PrunedBylines(), false);
    }

    private static Walk walk(Element root, String base, List<Related> related, List<Element> headTags,
                             PrunedBylines bylines, boolean trustHints) {
        BlockWalker w = new BlockWalker(root, base, trustHints);
        w.headTags = headTags;
        w.bylines = bylines;
        w.owners.push(root);
        NodeTraversor.filter(w, root);
        w.flush();
        Walk kept = w.dropSmallChrome();
        related.addAll(w.related);
        return kept;
    }

    /**
     * Chrome decided after the walk, when the page's paragraph text is known: an element named like chrome goes
     * when it holds less than {@link #PRUNE_MAX_SHARE} of it (so a wrapper named "content-with-sidebar" that holds
     * the article stays). Deciding afterwards reads the page once instead of measuring each widget ahead.
     */
    private Walk dropSmallChrome() {
        if (chromes.isEmpty()) return new Walk(blocks, media, headlines);
        for (Chrome c : chromes) {
            c.pruned = totalParagraphChars > 0 ? c.paragraphChars < totalParagraphChars * PRUNE_MAX_SHARE
                    : c.chars < totalChars * PRUNE_MAX_SHARE;
            // a "teaser" of a sentence or more that links nowhere: the article's own (German CMSs call the standfirst
            // so), set as paragraphs, a subtitle heading or a list of key points; a label ("Gallery") is not
            if (c.onlyIfLinked && c.linkChars == 0 && (c.paragraphChars > 0 || c.chars >= MIN_TEASER_CHARS)) {
                c.pruned = false;
            }
            // nor is a teaser whose few links stand inside its sentences (a standfirst naming a source): a teaser for
            // another article links from its title or its end
            if (c.onlyIfLinked && c.pruned && c.linkChars > 0 && c.linkChars * MAX_TEASER_LINK_SHARE <= c.paragraphChars
                    && InlineLinks.allWithinSentences(c.element)) {
                c.pruned = false;
            }
            // a section its own heading names is chrome only as a teaser is: when its links outweigh its prose
            if (c.namedByHeading && c.pruned && c.paragraphChars > 0
                    && c.linkChars * MAX_TEASER_LINK_SHARE <= c.paragraphChars) {
                c.pruned = false;
            }
            if (c.pruned) {
                harvestIfRelated(c.element, c.names);
                bylines.add(c.element, c.names);
            }
        }
        List<HtmlBlock> kept = new ArrayList<>(blocks.size());
        // a media item's position counts the blocks before it: recount them among the kept ones
        List<HtmlMedia> keptMedia = new ArrayList<>(media.size());
        int m = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            for (; m < media.size() && media.get(m).position() == i; m++) {
                if (!pruned(mediaChrome.get(m))) keptMedia.add(media.get(m).at(kept.size()));
            }
            if (i < blocks.size() && !pruned(blockChrome.get(i))) kept.add(blocks.get(i));
        }
        return new Walk(kept, keptMedia, headlines);
    }

    private static boolean pruned(Chrome c) {
        for (; c != null; c = c.parent) if (c.pruned) return true;
        return false;
    }

    /** An element whose names say chrome, with the text found inside it. */
    private static final class Chrome {
        final Element element;
        final String names;
        final Chrome parent;
        final boolean onlyIfLinked;
        /** Its id spells the heading it opens with ({@link HeadingSections}), and its class names no chrome. */
        boolean namedByHeading;
        int chars;
        int linkChars;
        int paragraphChars;
        boolean pruned;

        Chrome(Element element, String names, Chrome parent, boolean onlyIfLinked) {
            this.element = element;
            this.names = names;
            this.parent = parent;
            this.onlyIfLinked = onlyIfLinked;
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (preDepth > 0 && codeLines == null) readPreformatted(t.getWholeText());
            else appendText(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (lastWasBreak) {
                flush();
                brokenIntoLines = true;
            } else {
                brokenIntoLines = true;
                endLine();
                appendSpace();
                markup.lineBreak();
            }
            lastWasBreak = true;
            return FilterResult.SKIP_CHILDREN;
        }
        if (tag.equals("script") && "application/ld+json".equalsIgnoreCase(e.attr("type"))
                || tag.equals("meta") && (e.hasAttr("name") || e.hasAttr("property"))) {
            headTags.add(e);
        }
        Marks marks = Marks.of(e);
        int kind = kindOf(tag);
        if ((kind & MEDIA_TAG) != 0) readMedia(e, tag, marks);
        // a picture whose caption is a list's description: the caption is the image's, never a list item
        if (tag.equals("dl") && MediaReader.isCaptionedPicture(e)) {
            readMedia(e, tag, marks);
            flush();
            return FilterResult.SKIP_ENTIRELY;
        }
        if ((kind & TOP_HEADING) != 0 || marks.itemprop().equalsIgnoreCase("headline")) headlines.add(e);
        if ((kind & SKIPPED) != 0 && (trustHints || (kind & CONVENTIONAL_CHROME) == 0)
                && !(articleDepth > 0 && tag.equals("header")) && !framesQuotedReply(tag)) {
            flushIfOwned(e, kind);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (headerDepth > 0 && isHeadline(e, tag, marks) || formDepth > 0 && tag.equals("label")) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (marks.hides(tag) || !trustHints && isWritingForm(e, tag) || trustHints && isCitedWork(tag, marks)
                || trustHints && ToggleLabels.isLabel(e, marks, (kind & HEADING) != 0)
                || trustHints && (kind & BLOCK_TAG) != 0 && SkippableAside.is(e)) {
            flushIfOwned(e, kind);
            return FilterResult.SKIP_ENTIRELY;
        }
        // the names' verdict, read once for the questions below (each is a look-up of both names otherwise)
        int nameFlags = marks.any() ? ClassHints.flags(marks.className(), marks.id(), nameVerdicts) : 0;
        boolean custom = CustomElements.isCustom(tag);
        if (custom) nameFlags |= ClassHints.flags(tag, "", nameVerdicts);
        // a heading's anchor id spells its words behind a chrome word: the class alone says what the heading is
        if ((kind & HEADING) != 0 && ClassHints.unlikely(nameFlags) && !marks.id().isEmpty()
                && AnchorIds.spellsOwnWords(marks.id(), e.text())) {
            nameFlags = ClassHints.flags(marks.className(), "", nameVerdicts);
        }
        String chromeNames = chromeNames(marks, kind, nameFlags, custom ? tag : "");
        // a heading that names the article's lead and links nowhere is its standfirst, whatever type style its
        // other names give it ("caption" of a design system's scale): a picture's caption is never a heading
        if (chromeNames != null && (kind & HEADING) != 0 && namesLead(e) && e.getElementsByTag("a").isEmpty()) {
            chromeNames = null;
        }
        // a link named like chrome ("meta-person") between the words of a sentence is the writer's: dropping it
        // would break the paragraph in two around the gap
        if (chromeNames != null && tag.equals("a") && isLink(e) && InlineLinks.withinSentence(e)) chromeNames = null;
        if (chromeNames != null) {
            flush();
            // a comment thread goes whatever its size
            if (ClassHints.stronglyUnlikely(marks.className(), marks.id(), nameVerdicts)) {
                harvestIfRelated(e, chromeNames);
                return FilterResult.SKIP_ENTIRELY;
            }
            chrome = new Chrome(e, chromeNames, chrome, ClassHints.chromeOnlyIfLinked(nameFlags));
            chrome.namedByHeading = !ClassHints.unlikely(ClassHints.flags(marks.className(), "", nameVerdicts))
                    && HeadingSections.spellsOwnHeading(e, marks.id());
            chromes.add(chrome);
        }
        // an embedded post's text stays a quote of the body; the post itself becomes an embed block beside it
        if (ClassHints.namesEmbed(nameFlags)) readPost(e);
        if (tag.equals("article") || tag.equals("main")) articleDepth++;
        if (tag.equals("header") && articleDepth > 0) headerDepth++;
        if ((kind & BLOCK_TAG) != 0 || isLayoutCell(e, tag)) {
            flush();
            owners.push(e);
        } else if (tag.equals("td") || tag.equals("th")) {
            appendSpace(); // a data table's row is one block, its cells words apart
        }
        switch (tag) {
            case "a" -> {
                if (isLink(e)) linkDepth++;
                markup.open("a", e.attr("href"));
            }
            case "em", "i", "cite", "dfn" -> markup.open("em", null);
            case "strong", "b" -> markup.open("strong", null);
            case "code", "kbd", "samp", "tt" -> markup.open("code", null);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
            case "li", "dd", "dt" -> listDepth++;
            case "blockquote" -> quoteDepth++;
            case "form" -> formDepth++;
            case "pre" -> {
                if (preDepth == 0) codeLines = CodeSamples.linesOf(e);
                preDepth++;
            }
            default -> {
                if (custom && isLink(e)) linkDepth++;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void appendText(String text) {
        int n = appendSquashed(text);
        chars += n;
        if (linkDepth > 0) linkChars += n;
        if (n > 0) lastWasBreak = false;
    }

    /**
     * Preformatted text: a press release or a mailing list's post set whole in {@code <pre>}, hard-wrapped, its
     * paragraphs apart by blank lines as a text file's are. Each paragraph is a block, its lines joined; a code
     * sample with no blank line stays one block.
     */
    private void readPreformatted(String text) {
        String[] paragraphs = BLANK_LINE.split(text, -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) flush();
            appendText(paragraphs[i]);
        }
    }

    /**
     * Whether an {@code <a>} links anywhere: one without href is a placeholder (a named anchor, or the empty anchor a
     * parser opens for an {@code <a>} left unclosed, which then wraps the rest of the post), so its text is no link text.
     */
    private static boolean isLink(Element a) {
        return a.hasAttr("href");
    }

    /** Reads a picture or player where it stands; hidden ones are not the article's. */
    private void readMedia(Element e, String tag, Marks marks) {
        if (marks.hides(tag)) return;
        addMedia(new HtmlMedia.Reading(() -> MediaReader.read(e, base)), e);
    }

    /** Reads an element named for an embedded post (a tweet's blockquote) as the post it links to, if any. */
    private void readPost(Element e) {
        addMedia(new HtmlMedia.Reading(() -> MediaReader.post(e, base)), e);
    }

    /** Places a picture or player, read later if its place makes it the article's (then it may show nothing). */
    private void addMedia(HtmlMedia.Reading reading, Element e) {
        media.add(new HtmlMedia(reading, blocks.size(), e, words.count() > 0));
        // a caption's wrapper is chrome to the text, but the picture it describes is the article's
        Chrome owner = chrome;
        while (owner != null
                && ClassHints.describesPicture(owner.element.className(), owner.element.id(), nameVerdicts)) {
            owner = owner.parent;
        }
        mediaChrome.add(owner);
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (codeLines != null && preDepth == 1 && tag.equals("pre")) {
            String code = codeLines;
            codeLines = null;
            flush(code);
        }
        if ((kindOf(tag) & BLOCK_TAG) != 0 || (tag.equals("td") || tag.equals("th")) && owners.peek() == e) {
            flush(); // before the depths change: the text just read is this element's
            if (!owners.isEmpty() && owners.peek() == e) owners.pop();
        }
        if (chrome != null && chrome.element == e) {
            flush();
            chrome = chrome.parent;
        }
        if (tag.equals("article") || tag.equals("main")) articleDepth--;
        if (tag.equals("header") && articleDepth > 0) headerDepth--;
        switch (tag) {
            case "a" -> {
                if (isLink(e)) linkDepth--;
                markup.close();
            }
            case "em", "i", "cite", "dfn", "strong", "b", "code", "kbd", "samp", "tt" -> markup.close();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
            case "li", "dd", "dt" -> listDepth--;
            case "blockquote" -> quoteDepth--;
            case "form" -> formDepth--;
            case "pre" -> preDepth--;
            default -> {
                if (CustomElements.isCustom(tag) && isLink(e)) linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * In an article's header, the headline and its kicker (headings) and what schema.org marks as the headline or
     * the description of the page: metadata, the title and summary, not the body. What the page names as its lead
     * ({@link Standfirst#names}: "intro", "lead", "chapo"…), on it or on its wrapper, is the article's first paragraph
     * however it is set: as a subtitle heading, or marked as the page's description too.
     */
    private static boolean isHeadline(Element e, String tag, Marks marks) {
        String prop = marks.itemprop().toLowerCase(java.util.Locale.ROOT);
        boolean headline = prop.contains("headline");
        if (!headline && !HEADINGS.contains(tag) && !prop.contains("description")) return false;
        return headline || tag.equals("h1") || !namesLead(e) && !Standfirst.isSubtitle(e);
    }

    private static boolean namesLead(Element e) {
        return Standfirst.names(e) || e.parent() != null && Standfirst.names(e.parent());
    }

    /**
     * A list item marked up as a citation (schema.org's {@code citation}: a work the article cites) is an entry of a
     * paper's bibliography, its apparatus, not its text: a long list of them outweighed the abstract of a journal's
     * preview page and became the body.
     */
    private static boolean isCitedWork(String tag, Marks marks) {
        return tag.equals("li") && marks.itemprop().equalsIgnoreCase("citation");
    }

    /**
     * A form with a text area is for readers to write in (a comment form): never the article, whatever its names.
     * Asked only on the second reading, where names no longer remove it; the lookup reads only the form.
     */
    private static boolean isWritingForm(Element e, String tag) {
        return tag.equals("form") && !e.getElementsByTag("textarea").isEmpty();
    }

    /**
     * A table cell that holds line breaks or blocks is a column of a page laid out as a table (a menu, a story, a
     * sidebar side by side): its own block, not words of a row. Only the cell's first nodes are looked at.
     */
    private static boolean isLayoutCell(Element e, String tag) {
        if (!tag.equals("td") && !tag.equals("th")) return false;
        int seen = 0;
        for (Element d = e.firstElementChild(); d != null && seen < LAYOUT_LOOKAHEAD;
             seen++, d = DocumentOrder.next(d, e)) {
            if (LAYOUT_INSIDE.contains(d.normalName())) return true;
        }
        return false;
    }

    /** Ends a line of the block being read at a line break, counting it when it is as long as a paragraph. */
    private void endLine() {
        if (brokenIntoLines && buffer.length() - lineStart >= MIN_LINE_CHARS) lines++;
        lineStart = buffer.length();
    }

    /** {@code kind}: the skipped element's {@link #kindOf}. */
    private void flushIfOwned(Element skipped, int kind) {
        // A skipped inline element (an ad slot or a button inside a paragraph) must not split the paragraph.
        if ((kind & BLOCK_TAG) != 0 || isBlockish(skipped)) flush();
    }

    /** The bits of {@link #KINDS} of an element named {@code tag}, 0 for a tag in none of the sets. */
    private static int kindOf(String tag) {
        Integer kind = KINDS.get(tag);
        return kind == null ? 0 : kind;
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        java.util.function.BiConsumer<Set<String>, Integer> mark = (tags, bit) -> {
            for (String tag : tags) kinds.merge(tag, bit, (x, y) -> x | y);
        };
        mark.accept(SKIP, SKIPPED);
        mark.accept(CHROME_BY_CONVENTION, CONVENTIONAL_CHROME);
        mark.accept(BLOCK, BLOCK_TAG);
        mark.accept(MEDIA, MEDIA_TAG);
        mark.accept(TOP_HEADINGS, TOP_HEADING);
        mark.accept(HEADINGS, HEADING);
        mark.accept(NEVER_PRUNED, NEVER_PRUNED_TAG);
        return Vocabulary.copyOf(kinds);
    }

    /**
     * An aside inside a quotation is the quotation's own, not the page's sidebar: a forum post quoting an earlier
     * one frames the quoted words and their author in an aside within the post's blockquote.
     */
    private boolean framesQuotedReply(String tag) {
        return quoteDepth > 0 && tag.equals("aside");
    }

    private static boolean isBlockish(Element e) {
        return switch (e.normalName()) {
            case "nav", "aside", "footer", "header", "figure", "form", "dialog", "menu", "iframe", "video", "table",
                 "div", "section" -> true;
            default -> false;
        };
    }

    /**
     * Whether the outermost list around {@code e} is numbered: an {@code <ol>}, not a {@code <ul>} (nor none). A
     * list nested in another is flattened into it, so the outer one decides: an {@code <ol>}'s steps with bullets
     * under one of them stay one numbered list, not two counted from 1 with the bullets between.
     */
    private static boolean inOrderedList(Element e) {
        boolean ordered = false;
        for (Element at = e; at != null; at = at.parent()) {
            switch (at.normalName()) {
                case "ol" -> ordered = true;
                case "ul", "dl", "menu" -> ordered = false;
                default -> { }
            }
        }
        return ordered;
    }

    private void flush() {
        if (codeLines != null) return; // a code sample's breaks and elements are lines of its one block
        flush(null);
    }

    /** Ends the block being read; {@code code}, when not null, is its text as a code sample's lines. */
    private void flush(String code) {
        if (buffer.length() == 0) {
            markup.reset();
            lines = 0;
            lineStart = 0;
            brokenIntoLines = false;
            return;
        }
        endLine();
        int end = buffer.length();
        if (end > 0 && buffer.charAt(end - 1) == ' ') end--;
        String text = chars == 0 ? "" : buffer.substring(0, end);
        if (!text.isEmpty()) {
            Candidate.Kind kind = headingDepth > 0 ? Candidate.Kind.HEADING
                    : quoteDepth > 0 ? Candidate.Kind.QUOTE
                    : listDepth > 0 ? Candidate.Kind.LIST_ITEM : Candidate.Kind.PARAGRAPH;
            double density = chars == 0 ? 0 : linkChars / (double) chars;
            Element owner = owners.peek();
            boolean ordered = kind == Candidate.Kind.LIST_ITEM && inOrderedList(owner);
            blocks.add(new HtmlBlock(new Candidate(text, kind, density, false, words.count(), null, ordered),
                    markup.take(), owner, linkChars, Math.max(1, lines), code));
            blockChrome.add(chrome);
            int len = text.length();
            // text written as lines between breaks is paragraphs too: a post without <p> is not all chrome's
            boolean paragraph = owner != null && owner.normalName().equals("p")
                    || kind == Candidate.Kind.PARAGRAPH && lines > 0 && density < 0.25;
            totalChars += len;
            if (paragraph) totalParagraphChars += len;
            for (Chrome c = chrome; c != null; c = c.parent) {
                c.chars += len;
                c.linkChars += linkChars;
                if (paragraph) c.paragraphChars += len;
            }
        }
        buffer.setLength(0);
        markup.reset();
        words.reset();
        chars = 0;
        linkChars = 0;
        lastWasBreak = false;
        lines = 0;
        lineStart = 0;
        brokenIntoLines = false;
    }

    /**
     * The class names of an element with {@code marks} (whose names have the {@link ClassHints#flags} {@code nameFlags},
     * its tag the {@link #kindOf} {@code kind}) when its names or role say chrome, else null; {@code customTag} is a
     * custom element's tag, which names it too ("" for others).
     */
    private String chromeNames(Marks marks, int kind, int nameFlags, String customTag) {
        if (!trustHints || (kind & NEVER_PRUNED_TAG) != 0 || !marks.any() && customTag.isEmpty()) return null;
        String role = marks.role();
        boolean byRole = role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert");
        if (!byRole && !ClassHints.unlikely(nameFlags)) return null;
        return ClassHints.names(marks.names(), customTag);
    }

    private void harvestIfRelated(Element e, String names) {
        String lower = names.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("related") || lower.contains("recommend") || lower.contains("more-stories")
                || lower.contains("read-more")) {
            harvestTeasers(e);
        }
    }

    private void harvestTeasers(Element widget) {
        for (Element a : widget.getElementsByTag("a")) {
            if (related.size() >= 12) return;
            String title = Words.squash(a.text());
            if (Words.count(title) >= 4) {
                related.add(new Related(title, WebLinks.web(base, a.attr("href"))));
            }
        }
    }

    /**
     * Appends {@code s} with every run of whitespace as one space and none at the start of a block (the text comes
     * out squashed, with no second pass); returns how many non-space characters it had.
     */
    private int appendSquashed(String s) {
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len) {
            int start = i;
            int spaces = 0;
            // words one plain space apart (most text) go in as one run: the text and markup a word and a space at a
            // time would make, with one append each instead of one a word
            for (char c; i < len; i++) {
                c = s.charAt(i);
                if (isBlank(c)) {
                    if (c != ' ' || i == start || i + 1 == len || isBlank(s.charAt(i + 1))) break;
                    spaces++;
                }
                words.add(c);
            }
            if (i > start) {
                buffer.append(s, start, i);
                markup.text(i - start);
                n += i - start - spaces;
            }
            if (i < len) {
                // a run of whitespace is one space: a page's indentation between tags is most of its text nodes
                appendSpace();
                i++;
                while (i < len && isBlank(s.charAt(i))) i++;
            }
        }
        return n;
    }

    /** Whitespace, no-break and zero-width spaces (above ASCII every whitespace character is a space character). */
    private static boolean isBlank(char c) {
        return c < 0x80 ? c <= ' ' : Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private void appendSpace() {
        words.separate();
        markup.space();
        int len = buffer.length();
        if (len > 0 && buffer.charAt(len - 1) != ' ') buffer.append(' ');
    }
}
