package dev.newsdesk.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Lists in a file Microsoft Word (or Outlook) saved as a web page. Word writes no {@code <ul>} or {@code <ol>}: each
 * item is a paragraph styled {@code mso-list} whose bullet or number is typed into a span styled
 * {@code mso-list:Ignore}, so an editor's list would read as paragraphs starting "·" or "1.". Each run of such
 * paragraphs becomes the list it shows, numbered when its markers are numbers or letters; the typed markers go.
 */
final class WordLists {

    /** Parsed once; asked only of the head's meta tags. */
    private static final Evaluator WORD = QueryParser.parse(
            "meta[name=ProgId][content^=Word.], meta[name=Generator][content*=Microsoft Word]");
    private static final Evaluator ITEM = QueryParser.parse("p[style*=mso-list]");
    private static final Evaluator MARKER = QueryParser.parse("span[style*=mso-list:Ignore]");
    /** "1.", "12)", "a.", "iv)": a numbered item's marker; a bullet is a symbol ("·", "o", "§"). */
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]");

    private WordLists() {
    }

    /** Rewrites {@code doc}'s Word list paragraphs as lists; a page not saved by Word is left as it is. */
    static void rebuild(Document doc) {
        if (!savedByWord(doc) || doc.body() == null) return;
        List<Element> run = new ArrayList<>();
        for (Element p : doc.body().select(ITEM)) {
            if (!run.isEmpty() && nextItem(run.get(run.size() - 1)) != p) {
                replace(run);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        if (!run.isEmpty()) replace(run);
    }

    /** Whether a meta tag of the head says Word wrote the page. */
    private static boolean savedByWord(Document doc) {
        Element head = doc.head();
        return anyWordMeta(head, head);
    }

    /**
     * Whether a meta tag under {@code parent} matches {@link #WORD}: a loop over the children by index, not a query,
     * which streams through a head of hundreds of scripts, styles and links at some cost per element. Recursive: the
     * head is shallow, and jsoup's parser bounds any tree's depth.
     */
    private static boolean anyWordMeta(Element head, Element parent) {
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            if (parent.childNode(i) instanceof Element e
                    && (e.normalName().equals("meta") && WORD.matches(head, e) || anyWordMeta(head, e))) {
                return true;
            }
        }
        return false;
    }

    /** The element right after {@code p} when only blank text stands between them, or null. */
    private static Element nextItem(Element p) {
        for (Node n = p.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element e) return e;
            if (!(n instanceof TextNode t) || !t.isBlank()) return null;
        }
        return null;
    }

    /** One list in place of {@code items}; the first item's marker says whether it is numbered. */
    private static void replace(List<Element> items) {
        Element first = items.get(0);
        Element firstMarker = first.selectFirst(MARKER);
        boolean numbered = firstMarker != null && NUMBER.matcher(firstMarker.text().strip()).matches();
        Element list = new Element(numbered ? "ol" : "ul");
        first.before(list);
        for (Element p : items) {
            Element marker = p.selectFirst(MARKER);
            if (marker != null) marker.remove();
            Element item = list.appendElement("li");
            item.appendChildren(new ArrayList<>(p.childNodes()));
            p.remove();
        }
    }
}
