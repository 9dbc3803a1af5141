package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The publication date the body of a page shows, in one walk: marked up ({@code itemprop="datePublished"}, a
 * {@code <time datetime>}, an {@code <abbr title>}), or printed as text in a dateline near the headline or in an
 * element named for the date ("date", "posted", "datum"…). Comments, related stories, sidebars and footers are
 * skipped: their dates are other texts'. A line that says the article was updated dates no publication.
 */
record PrintedDate(String marked, String printed) {

    /** Text nodes after the headline (and before it, for a dateline above) that may hold its dateline. */
    private static final int AFTER_HEADLINE = 15;
    private static final int BEFORE_HEADLINE = 6;
    /** Paragraphs of this many words are the article's text: its dateline came before the second of them. */
    private static final int PROSE_WORDS = 30;
    /** A line longer than this is prose: its date is whatever it speaks of, unless the line starts with it. */
    private static final int MAX_DATELINE_WORDS = 14;

    /** Class or id words (split at "-", "_" and spaces) of what holds other texts' dates, or none the article's. */
    private static final Set<String> ELSEWHERE = Set.of("comment", "comments", "commentlist", "related",
            "relatedposts", "sidebar", "footer", "teaser", "teasers", "recommend", "recommended", "widget", "widgets",
            "reply", "respond", "popular", "mostread", "trending", "morestories", "newsletter", "calendar");
    /** Of those, the words of page furniture that may also name the article's own meta block under its headline. */
    private static final Set<String> NEAR_WORDS = Set.of("footer", "sidebar");
    /** Words after which a name says what an element holds or lacks, not what it is ("has-sidebar"). */
    private static final Set<String> CONTAINERS = Set.of("has", "with", "no", "non", "not", "without");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s_-]+");
    /** Class or id words of an element that shows the article's date. */
    private static final Pattern DATE_NAME = Pattern.compile(
            "date|time|publish|posted|dateline|byline|submitted|datum|fecha|meta|info|stand",
            Pattern.CASE_INSENSITIVE);
    /** A line about a later change: its date is not the publication's. */
    private static final Pattern UPDATED = Pattern.compile(
            "updated|modified|revis|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornat|atualizado",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLISHED_PROPERTY = Pattern.compile("(?i)datePublished|dateCreated");

    /** The first marked date and the printed date nearest the headline of {@code body}; either may be null. */
    static PrintedDate in(Element body) {
        Walk walk = new Walk(body);
        NodeTraversor.filter(walk, body);
        return new PrintedDate(walk.itemprop != null ? walk.itemprop : walk.markedElement, walk.nearest());
    }

    /** The marked date, else the printed one, else null. */
    String best() {
        return marked != null ? marked : printed;
    }

    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator HEADLINE = QueryParser.parse("h1");

    private static final class Walk implements NodeFilter {
        final Element root;
        /** The first schema.org publication date, and the first date of a time or abbr element. */
        String itemprop;
        String markedElement;
        int textNodes;
        int headlineAt = -1;
        int proseAfterHeadline;
        String before;
        int beforeAt;
        String after;
        String named;

        Walk(Element root) {
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            switch (e.normalName()) {
                case "script", "style", "noscript", "template", "nav", "form", "select", "button":
                    return FilterResult.SKIP_ENTIRELY;
                case "footer", "aside":
                    if (!underHeadline()) return FilterResult.SKIP_ENTIRELY;
                    break;
                case "h1":
                    if (headlineAt < 0) headlineAt = textNodes;
                    break;
                default:
            }
            if (elsewhere(e)) return FilterResult.SKIP_ENTIRELY;
            if (itemprop == null || markedElement == null) marked(e);
            return FilterResult.CONTINUE;
        }

        private void text(TextNode t) {
            String line = t.text();
            if (line.isBlank()) return;
            boolean nearHeadline = underHeadline();
            int at = textNodes++;
            if (headlineAt >= 0 && line.length() > PROSE_WORDS * 4 && Words.count(line) >= PROSE_WORDS) {
                proseAfterHeadline++;
            }
            if (!hasDigit(line)) return;
            boolean namedForDate = namedForDate(t.parent());
            if (!nearHeadline && !namedForDate && headlineAt >= 0) return;
            line = Words.squash(line);
            if (UPDATED.matcher(line).find()) return;
            String iso = Dates.findPrinted(line);
            if (iso == null || Words.count(line) > MAX_DATELINE_WORDS && !startsWithDate(line)) return;
            if (headlineAt < 0) {
                before = iso; // the last one above the headline is the closest to it
                beforeAt = at;
                if (namedForDate && named == null) named = iso;
            } else if (after == null && nearHeadline) {
                after = iso;
            } else if (named == null && namedForDate) {
                named = iso;
            }
        }

        /** The dateline just under the headline, else just above it, else the first element named for a date. */
        String nearest() {
            if (after != null) return after;
            if (headlineAt >= 0 && before != null && headlineAt - beforeAt <= BEFORE_HEADLINE) return before;
            return named;
        }

        /**
         * True when {@code e} is named for other texts (comments, related stories, a sidebar) and holds no headline:
         * layout names a wrapper of the whole page ("right-sidebar" on the body's first div). A teaser holds a link
         * to its story: German CMSs name the article's own intro "teaser".
         */
        /**
         * True just under the headline: there the article's own footer or aside (a "footer" or "sidebar" class too)
         * holds its dateline; the page's, further down, hold other dates.
         */
        private boolean underHeadline() {
            return headlineAt >= 0 && textNodes - headlineAt <= AFTER_HEADLINE && proseAfterHeadline < 2;
        }

        private boolean elsewhere(Element e) {
            String names = ClassHints.names(e);
            if (names.isEmpty() || e == root) return false;
            String previous = "";
            for (String part : NAME_PARTS.split(names.toLowerCase(Locale.ROOT))) {
                if (ELSEWHERE.contains(part) && !CONTAINERS.contains(previous)
                        && (!part.startsWith("teaser") || e.selectFirst(LINK) != null)
                        && !(NEAR_WORDS.contains(part) && underHeadline())) {
                    return headlineAt >= 0 || e.selectFirst(HEADLINE) == null;
                }
                previous = part;
            }
            return false;
        }

        private static boolean namedForDate(Element e) {
            for (int up = 0; e != null && up < 3; up++, e = e.parent()) {
                String names = ClassHints.names(e);
                if (!names.isEmpty() && DATE_NAME.matcher(names).find()) return true;
            }
            return false;
        }

        private void marked(Element e) {
            String itemName = e.attr("itemprop");
            if (itemprop == null && !itemName.isEmpty() && PUBLISHED_PROPERTY.matcher(itemName).find()) {
                itemprop = date(e, firstNonBlank(e.attr("content"), e.attr("datetime"), e.attr("title"), e.text()));
            } else if (markedElement == null && e.normalName().equals("time")
                    && !UPDATED.matcher(ClassHints.names(e) + " " + e.text()).find()) {
                markedElement = date(e, firstNonBlank(e.attr("datetime"), e.text()));
            } else if (markedElement == null && e.normalName().equals("abbr") && e.hasAttr("title")) {
                String names = ClassHints.names(e).toLowerCase(Locale.ROOT);
                if (names.contains("publish") || names.contains("date")) {
                    markedElement = date(e, firstNonBlank(e.attr("title"), e.text()));
                }
            }
        }

        /** The date of {@code value}, else of the element's text: a datetime no reader parses ("01-11-2023 10:29"). */
        private static String date(Element e, String value) {
            String iso = value == null ? null : Dates.find(value);
            return iso != null ? iso : Dates.find(e.text());
        }

        private static boolean startsWithDate(String line) {
            return Character.isDigit(line.charAt(0)) && Dates.findPrinted(line.substring(0, Math.min(12, line.length())))
                    != null;
        }

        private static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
            return false;
        }

        private static String firstNonBlank(String... values) {
            for (String v : values) if (v != null && !v.isBlank()) return v;
            return null;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
    }
}
