package dev.newsdesk.parse;

import dev.newsdesk.Sha256;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleHtml;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Entity;
import dev.newsdesk.article.Format;
import dev.newsdesk.article.Quote;
import dev.newsdesk.parse.extract.AuthorNames;
import dev.newsdesk.parse.meta.EntityExtractor;
import dev.newsdesk.parse.meta.Keywords;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.QuoteExtractor;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Completes a reader's {@link Draft} into the article: the metadata every format derives the same way. */
final class ArticleAssembler {

    /** Silent reading speed, words a minute, the figure reading-time estimates commonly use. */
    private static final int WORDS_PER_MINUTE = 230;
    private static final int SUMMARY_MAX_CHARS = 300;
    /** The mark a CMS closes an automatic excerpt with: " […]", " [...]", " [&hellip;]" once decoded. */
    private static final Pattern EXCERPT_MARK = Pattern.compile("\\s*\\[(?:…|\\.\\.\\.)]\\s*$");
    private static final int TITLE_MAX_CHARS = 200;
    /** A headline is a line of a few words that ends no sentence (a question or an exclamation may be a sentence). */
    private static final int HEADLINE_MAX_WORDS = 15;
    private static final String HEADLINE_ENDS = ".!?…:;,";
    private static final int METADATA_CHARS = 30_000;

    private ArticleAssembler() {
    }

    /** The article {@code d} reads as; {@code fileName} (the upload's key) names its section when the file does not. */
    static ArticleContent assemble(Draft d, String fileName) throws RejectedFileException {
        List<Block> blocks = d.blocks();
        String declaredTitle = d.title();
        // (a text dump's reader has judged its first lines already: its title finder found none to take)
        if (d.format() != Format.TEXT && (declaredTitle == null || !Words.shows(declaredTitle)) && showsTitle(blocks)) {
            // it is the title, which a reader would otherwise see twice
            declaredTitle = blocks.get(0).text();
            blocks = blocks.subList(1, blocks.size());
        }
        List<String> texts = new ArrayList<>(blocks.size());
        // code (a sample, a command) is the article's text but no prose: its language, title, names and keywords
        // are the prose's ("import java.util.HashMap;" is no headline, HashMap no person)
        List<String> prose = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (!b.isText()) continue;
            texts.add(b.text());
            if (b.type() != Block.Type.CODE) prose.add(b.text());
        }
        if (texts.isEmpty()) {
            throw new RejectedFileException(RejectedFileException.Reason.NOT_AN_ARTICLE, "no article text found");
        }
        String body = String.join("\n\n", texts);
        if (prose.size() == texts.size() || prose.isEmpty()) prose = texts;
        String proseText = prose == texts ? body : String.join("\n\n", prose);
        String language = language(d, proseText);
        String title = title(declaredTitle, prose);
        // Metadata reads the head of a very long body only: its figures settle long before, and it keeps a
        // hostile 5 MB paragraph from costing more than a normal article.
        String head = Words.prefix(proseText, METADATA_CHARS);
        List<Entity> entities = EntityExtractor.extract(head);
        List<String> people = new ArrayList<>();
        for (Entity e : entities) if (e.type() == Entity.Type.PERSON) people.add(e.name());
        List<Quote> quotes = QuoteExtractor.extract(paragraphs(blocks, METADATA_CHARS), people);
        // The keywords' reading of the head counts its words too: a body within the head is not read again.
        Keywords.Reading reading = d.tags().isEmpty() ? Keywords.read(title, head) : null;
        List<String> keywords = reading != null ? reading.keywords() : d.tags();
        int words = reading != null && head.length() == body.length() ? reading.words() : Words.count(body);
        // A web page's author values, and a dump's, are bylines as much as names (read as text by now); an upload's
        // explicit list ("Bob & Co") stays as the editor gave it.
        boolean read = d.format() == Format.HTML || d.format() == Format.TEXT;
        List<String> authors = read ? AuthorNames.clean(d.authors()) : d.authors();
        String section = Sections.label(d.section());
        if (section == null) section = Sections.ofFolder(fileName);
        return new ArticleContent(title, section, language, summary(d.summary(), blocks, title), body, blocks,
                ArticleHtml.of(blocks), d.image(), d.canonicalUrl(), d.related(), authors,
                d.publishedAt(), keywords, entities, quotes, words,
                Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), d.format(), Sha256.hex(body));
    }

    /**
     * Whether the first block of a file that declares no title reads as its headline: one short line that ends no
     * sentence, with more text under it (a Google Docs export's "Title" paragraph, a note's first line).
     */
    private static boolean showsTitle(List<Block> blocks) {
        if (blocks.size() < 2) return false;
        Block first = blocks.get(0);
        if (first.type() != Block.Type.PARAGRAPH && first.type() != Block.Type.HEADING) return false;
        String text = first.text().strip();
        // a labelled line ("Serves: four") is a field of a card, not a headline
        if (text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf(':') >= 0
                || HEADLINE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        if (Words.count(text) > HEADLINE_MAX_WORDS || !Words.shows(text)) return false;
        for (int i = 1; i < blocks.size(); i++) if (blocks.get(i).isText()) return true;
        return false;
    }

    /**
     * The HTML and text readers judged the language from the article's text already (the page's declaration as the
     * hint); Markdown and JSON uploads only declare one, which is the hint here. English when nothing tells.
     */
    private static String language(Draft d, String body) {
        boolean judged = d.format() == Format.HTML || d.format() == Format.TEXT;
        if (judged && d.language() != null) return d.language();
        return LanguageDetector.detect(body, d.language() != null ? d.language() : "en");
    }

    private static List<String> paragraphs(List<Block> blocks, int maxChars) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (Block b : blocks) {
            if (b.type() == Block.Type.HEADING || b.type() == Block.Type.CODE || !b.isText()) continue;
            String t = Words.prefix(b.text(), maxChars);
            out.add(t);
            chars += t.length();
            if (chars >= maxChars) break;
        }
        return out;
    }

    /**
     * The file's own summary when it states one (an excerpt's closing "[…]" read as the "…" it means), else the lede:
     * the first paragraph. A paragraph that is the title itself (a page with no title of its own, titled by its first
     * line) is no lede, nor one without a letter (a date line, "23.09.22", a photo story's first caption box).
     * Either is cut after the sentence that passes the length limit.
     */
    static String summary(String own, List<Block> blocks, String title) {
        if (own != null) {
            String s = Words.squash(EXCERPT_MARK.matcher(own).replaceFirst("…"));
            if (!s.isEmpty()) return cutAfterSentence(s);
        }
        String first = null;
        for (Block b : blocks) {
            if ((b.type() == Block.Type.PARAGRAPH || b.type() == Block.Type.QUOTE) && !b.text().equals(title)
                    && Words.hasLetter(b.text())) {
                first = b.text();
                break;
            }
        }
        for (int i = 0; first == null; i++) if (blocks.get(i).isText()) first = blocks.get(i).text();
        return cutAfterSentence(first);
    }

    private static String cutAfterSentence(String first) {
        if (first.length() <= SUMMARY_MAX_CHARS) return first;
        int cut = -1;
        for (int i = 0; i < first.length() - 1; i++) {
            char c = first.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && first.charAt(i + 1) == ' ' && i >= 60) {
                cut = i + 1;
                if (i >= SUMMARY_MAX_CHARS / 2) break;
            }
            if (i > SUMMARY_MAX_CHARS && cut > 0) break;
        }
        if (cut > 0 && cut <= SUMMARY_MAX_CHARS + 100) return first.substring(0, cut);
        int space = first.lastIndexOf(' ', SUMMARY_MAX_CHARS);
        return (space > 0 ? first.substring(0, space) : Words.prefix(first, SUMMARY_MAX_CHARS)) + "…";
    }

    /**
     * The file's title, or when it has none that shows (blanks, zero-width or control characters only), the first
     * sentence of the text that shows, shortened. Every article has a title a reader can see and a slug can use.
     */
    private static String title(String declared, List<String> texts) throws RejectedFileException {
        if (declared != null) {
            String title = Words.squash(declared);
            if (Words.shows(title)) return title;
        }
        for (String text : texts) {
            String first = Words.squash(text.split("(?<=[.!?])\\s|\\n", 2)[0]);
            if (!Words.shows(first)) first = Words.squash(text);
            if (Words.shows(first)) return shortened(first);
        }
        throw new RejectedFileException(RejectedFileException.Reason.NOT_AN_ARTICLE, "no visible article text found");
    }

    private static String shortened(String title) {
        if (title.length() <= TITLE_MAX_CHARS) return title;
        int space = title.lastIndexOf(' ', TITLE_MAX_CHARS);
        return (space > 0 ? title.substring(0, space) : Words.prefix(title, TITLE_MAX_CHARS)) + "…";
    }
}
