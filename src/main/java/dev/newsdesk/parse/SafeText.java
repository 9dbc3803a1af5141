package dev.newsdesk.parse;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.Related;
import dev.newsdesk.article.WebLinks;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The last step of every reader: no NUL or other control character (but tab and line breaks) and no half of a
 * surrogate pair survives into an article. They reach a draft without being raw bytes of the file, which the
 * binary check already refuses: a JSON {@code "\u0000"} or {@code "\ud800"} escape, a NUL after the sniffed head.
 * JSON clients, terminals and DynamoDB's UTF-8 strings all choke on them. Soft hyphens go too: invisible hints
 * where a page may break a word, they cut the word in two for anyone who searches or counts the article's words.
 * A related article's URL is kept only as an absolute web address ({@code WebLinks}, the rule for every URL
 * published). Metadata is plain text: tags and character references that pages, front matter and JSON uploads put
 * in it are read as a browser shows them.
 */
public final class SafeText {

    private static final char SOFT_HYPHEN = '\u00ad';

    private SafeText() {
    }

    static Draft clean(Draft d) {
        List<Block> blocks = new ArrayList<>(d.blocks().size());
        for (Block b : d.blocks()) {
            Block clean = clean(b);
            if (clean != null) blocks.add(clean);
        }
        List<Related> related = new ArrayList<>(d.related().size());
        for (Related r : d.related()) related.add(new Related(plain(r.title()), WebLinks.web(null, r.url())));
        return new Draft(d.format(), plain(d.title()), plain(d.section()), plainAll(d.authors()),
                plain(d.publishedAt()), plainAll(d.tags()), plain(d.language()), blocks, related, clean(d.image()),
                WebLinks.isWeb(d.canonicalUrl()) ? d.canonicalUrl() : null, plain(d.summary()));
    }

    /** A text block with clean text (null when none is left); media with a web URL and plain alt, caption, credit. */
    private static Block clean(Block b) {
        if (b.type() == Block.Type.TABLE && b.rows() != null) return cleanTable(b);
        if (b.isText()) {
            String text = clean(b.text());
            return text == null || text.isBlank() ? null : b.withText(text).withMarkup(clean(b.markup()));
        }
        String url = WebLinks.absolute(null, b.url());
        if (url == null) return null;
        return b.type() == Block.Type.IMAGE ? Block.image(url, plain(b.alt()), plain(b.caption()), plain(b.credit()))
                : Block.embed(url, plain(b.provider()));
    }

    /** A table with each cell's text clean (a cell with none left is empty); null when no cell has text. */
    private static Block cleanTable(Block table) {
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        boolean shows = false;
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                String text = clean(cell);
                cells.add(text == null ? "" : text);
                shows |= text != null && !text.isBlank();
            }
            rows.add(cells);
        }
        return shows ? Block.table(rows, table.header()) : null;
    }

    private static Image clean(Image image) {
        if (image == null || !WebLinks.isWeb(image.url())) return null;
        return new Image(image.url(), plain(image.alt()), plain(image.caption()), plain(image.credit()), image.width(),
                image.height());
    }

    /**
     * A metadata value as text: tags dropped (with what scripts and styles hold) and character references decoded,
     * twice at most, as JSON-LD and meta tags often escape them twice ({@code &amp;#8211;}); whitespace squashed.
     * Clients show these fields as they are, and the title makes the slug: neither may see markup or a reference.
     * A value with no {@code <} or {@code &} is only {@link #clean}ed: the parse is for the few that need it, and what
     * it decodes is cleaned again.
     */
    public static String plain(String text) {
        String value = clean(text);
        for (int pass = 0; pass < 2 && value != null && (value.indexOf('<') >= 0 || value.indexOf('&') >= 0); pass++) {
            String shown = Jsoup.parseBodyFragment(value).text();
            if (shown.equals(value)) break;
            value = shown;
        }
        return value == text ? value : clean(value); // a decoded "&shy;" is a soft hyphen too
    }

    /** {@code text} without control characters or soft hyphens, and with each unpaired surrogate replaced by U+FFFD. */
    static String clean(String text) {
        if (text == null || isClean(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\ufffd');
            } else if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each value {@link #plain}; one with no letter or digit left (a stray quote mark, a tag's debris) is no name. */
    private static List<String> plainAll(List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            String c = plain(t);
            if (c != null && c.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(c);
        }
        return out;
    }


    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDropped(c) || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f || c == SOFT_HYPHEN;
    }
}
