package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The contact person a press release names ("Kontakt:" | "Jane Doe" | "Telefon …", a box named for its
 * "Ansprechpartner"), on a page that names no author otherwise: the press officer who issued it. The first such
 * person on the page counts; a sidebar's or a footer's contact (the site's, a topic's), a label in a link (a menu's
 * "Kontakt") and one followed by anything but a person's full name (an address, a company) name none. A full name
 * the entity reader does not know counts when the card's e-mail address spells it.
 */
final class ContactPerson {

    /** Parsed once: asked of each label and each card. */
    private static final Evaluator MAIL_LINK = QueryParser.parse("a[href^=mailto:]");

    /** A contact's label on a line of its own, in German, English and French. */
    private static final String LABEL = "(?:(?:presse|medien)?kontakt(?:person)?|ansprechpartner(?:in)?"
            + "(?:\\s+zum\\s+thema)?|(?:press\\s+|media\\s+)?contacts?|contact\\s+(?:person|presse))";
    /** The letters a {@link #LABEL} may start with, in either case. */
    private static final String LABEL_INITIALS = "pmkacPMKAC";
    private static final Pattern LINE = Pattern.compile(LABEL + "\\s*:?", Pattern.CASE_INSENSITIVE);
    /** The label and the name on one line ("Kontakt: Jane Doe"). */
    private static final Pattern INLINE = Pattern.compile(LABEL + "\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /** Class or id words of a sidebar or a footer: their contact is the site's or a topic's, not the release's. */
    private static final String[] SIDEBAR = {"sidebar", "footer"};
    /** Class or id words of a box of contact persons ("ansprechpartner_list", "contact-person"). */
    private static final String[] BOX = {"ansprechpartner", "contactperson", "contact-person", "contact_person"};

    private ContactPerson() {
    }

    /** The first contact person {@code body} names, or null. */
    static String of(Element body) {
        Search search = new Search();
        NodeTraversor.filter(search, body);
        return search.person;
    }

    private static final class Search implements NodeFilter {
        String person;
        /** True after a label: the next text that is not blank is the name, or there is none. */
        boolean open;

        @Override
        public FilterResult head(Node node, int depth) {
            if (person != null) return FilterResult.STOP;
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "script", "style", "noscript", "template", "nav", "aside", "footer" -> {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    default -> {
                        String names = ClassHints.names(e);
                        if (names.isEmpty()) return FilterResult.CONTINUE; // most elements: no regex to run
                        names = names.toLowerCase(Locale.ROOT);
                        if (ClassHints.containsAny(names, SIDEBAR)) return FilterResult.SKIP_ENTIRELY;
                        if (ClassHints.containsAny(names, BOX)) open = true;
                        return FilterResult.CONTINUE;
                    }
                }
            }
            if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
            if (!open && !mayStartLabel(t.getWholeText())) return FilterResult.CONTINUE; // most texts
            String text = t.text().replace('\u00a0', ' ').strip();
            if (text.isEmpty()) return FilterResult.CONTINUE;
            if (open) {
                open = false;
                person = Bylines.person(text);
                if (person == null && Bylines.isFullName(text) && mailsTo(t, text)) person = text;
                if (person != null) return FilterResult.STOP;
            }
            if (LINE.matcher(text).matches()) {
                open = !inLink(t);
                return FilterResult.CONTINUE;
            }
            Matcher inline = INLINE.matcher(text);
            if (inline.matches() && !inLink(t)) person = Bylines.person(inline.group(1).strip());
            return person != null ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return person != null ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        /**
         * Whether a text's first letter or digit may open a {@link #LABEL}: what stands before it (blanks, marks)
         * either goes with the text's normalizing or makes no label match, so texts that cannot be one are passed
         * over without building their normalized copy or running the two patterns.
         */
        private static boolean mayStartLabel(String raw) {
            for (int i = 0, n = raw.length(); i < n; i++) {
                char c = raw.charAt(i);
                if (Character.isLetterOrDigit(c)) return LABEL_INITIALS.indexOf(c) >= 0;
            }
            return false;
        }

        /** A label in a link is a menu's ("Kontakt"), asked only of a label: most texts are none. */
        private static boolean inLink(TextNode t) {
            return t.parent() != null && t.parent().closest(Selectors.LINK) != null;
        }

        /**
         * True when the contact's card around {@code t} (up to three levels up) links an e-mail address whose name
         * spells the first and last words of {@code name} ("Jan Koch" and jan.koch@…): a name the entity reader
         * does not know is a person's by the mail that bears it.
         */
        private static boolean mailsTo(TextNode t, String name) {
            String[] words = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").split("\\s+");
            Element card = t.parent();
            for (int level = 0; card != null && level < 3; level++, card = card.parent()) {
                for (Element a : card.select(MAIL_LINK)) {
                    String box = a.attr("href").substring("mailto:".length()).toLowerCase(Locale.ROOT);
                    int at = box.indexOf('@');
                    if (at < 0) continue;
                    String local = box.substring(0, at);
                    if (local.contains(words[0]) && local.contains(words[words.length - 1])) return true;
                }
            }
            return false;
        }
    }
}
