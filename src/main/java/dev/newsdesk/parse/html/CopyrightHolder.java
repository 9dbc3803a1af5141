package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The person a page's copyright line names ("© 2019 Jane Doe", "(c) 2006-2008 by Jane Doe", "COPYRIGHT JANE DOE" in
 * a footer set in capitals): on a page that names no author otherwise, a personal site's, whose owner wrote it. A
 * company's or an association's line names no person; a picture's credit ("Foto: © Jane Doe", in a figure or a
 * credit element) names its photographer, so it is not read; two people in such lines leave it open.
 */
final class CopyrightHolder {

    /**
     * The years a site ran, then "by" its holder, with no mark ("(CC) 2006-2008 by Jane Doe", as a licence's credit
     * reads): a span of years is no story's.
     */
    private static final String SPAN_BY = "\\b(?:19|20)\\d\\d\\s*[-–]\\s*(?:19|20)\\d\\d\\s+by\\s+";
    /**
     * The copyright mark, its year or years, a "by" maybe (or a {@link #SPAN_BY} without the mark), then the
     * holder's words up to a mark that ends them.
     */
    private static final Pattern LINE = Pattern.compile(
            "(?:(?:©|\\(c\\)|\\bcopyright\\b)(?:\\s*©)?\\s*(?:\\d{4}(?:\\s*[-–/]\\s*\\d{4})?)?\\s*[,:]?\\s*"
                    + "(?:(?:by|von|par|por|de)\\s+)?|" + SPAN_BY + ")(\\p{L}[^\\d|•·,;:()<>@/©]*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPAN = Pattern.compile(SPAN_BY);
    /** Longer text is prose that mentions copyright, not a copyright line. */
    private static final int MAX_LINE = 160;
    /** A full stop that ends the holder's name and starts a sentence ("Jane Doe. All rights reserved"). */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=\\p{L}{2})\\.(?:\\s|$)");

    private CopyrightHolder() {
    }

    /** The one person the copyright lines of {@code body} name, or null when they name none or several. */
    static String person(Element body) {
        Search search = new Search();
        NodeTraversor.filter(search, body);
        return search.ambiguous ? null : search.holder;
    }

    /** The holder a copyright {@code line} names when it is a person's full name, else null. */
    static String personIn(String line) {
        String s = Words.squash(line);
        if (s.length() > MAX_LINE) return null;
        Matcher m = LINE.matcher(s);
        if (!m.find()) return null;
        String words = m.group(1).strip();
        // a full stop after a word of two letters or more ends the name, an initial's does not
        Matcher stop = SENTENCE_STOP.matcher(words);
        if (stop.find()) words = words.substring(0, stop.start());
        if (words.isEmpty()) return null;
        String person = Bylines.person(words);
        // a footer set in capitals ("COPYRIGHT JANE DOE"): the entity reader knows a name only as it is written
        return person == null && inCapitals(words) ? Bylines.person(nameCased(words)) : person;
    }

    private static boolean inCapitals(String words) {
        return words.equals(words.toUpperCase(Locale.ROOT)) && !words.equals(words.toLowerCase(Locale.ROOT));
    }

    /** "JANE DOE" as "Jane Doe". */
    private static String nameCased(String words) {
        StringBuilder b = new StringBuilder(words.length());
        for (String w : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(CoAuthors.capital(w));
        }
        return b.toString();
    }

    private static final class Search implements NodeFilter {
        String holder;
        boolean ambiguous;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                return switch (e.normalName()) {
                    case "script", "style", "noscript", "template" -> FilterResult.SKIP_ENTIRELY;
                    default -> FilterResult.CONTINUE;
                };
            }
            if (!(node instanceof TextNode t) || !marked(t.getWholeText())) return FilterResult.CONTINUE;
            Element parent = t.parent();
            if (PictureCredit.around(parent, false)) return FilterResult.CONTINUE;
            String line = parent != null && parent.text().length() <= MAX_LINE ? parent.text() : t.text();
            String person = personIn(line);
            // the element's text runs on past a line break ("… by Jane Doe<br>Hosted by …"): its own node ends there
            if (person == null && !line.equals(t.text())) person = personIn(t.text());
            if (person == null) return FilterResult.CONTINUE;
            if (holder != null && !holder.equals(person)) {
                ambiguous = true;
                return FilterResult.STOP;
            }
            holder = person;
            return FilterResult.CONTINUE;
        }

        /** True when {@code raw} holds a copyright mark: told cheaply, most text nodes hold none. */
        private static boolean marked(String raw) {
            if (raw.indexOf('©') >= 0) return true;
            return raw.length() <= MAX_LINE && (raw.contains("(c)") || raw.contains("(C)") || raw.contains("opyright")
                    || raw.contains("OPYRIGHT") || raw.contains(" by ") && SPAN.matcher(raw).find());
        }
    }
}
