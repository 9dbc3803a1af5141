package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.DayOrder;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The day a page's footer says the page was last changed ("This page was last edited on 7 June 2020", "Diese Seite
 * wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert"), as wikis print it under every page. Read last, when
 * nothing on the page dates its publication: a page is no younger than its last change.
 */
final class FooterChange {

    private static final Evaluator FOOTERS = QueryParser.parse("footer, [id~=(?i)footer], [class~=(?i)footer]");

    private FooterChange() {
    }

    /**
     * The day of the first line about a change ({@link Dateline#changeDate}) in a footer of {@code body} (not a
     * comment's), or null.
     */
    static String of(Element body, DayOrder order) {
        if (body == null) return null;
        for (Element footer : body.select(FOOTERS)) {
            if (ClassHints.names(footer).toLowerCase(Locale.ROOT).contains("comment")) continue; // a reply's edit
            for (Element e : footer.getAllElements()) {
                for (TextNode t : e.textNodes()) {
                    String day = Dateline.changeDate(t.text(), order);
                    if (day != null) return day;
                }
                // a stamp a template writes between comments ("Updated: <!-- stamp --> 2016/11/18 <!-- end -->"):
                // the label and its date are text nodes of one element
                if (e.textNodes().size() > 1) {
                    String day = Dateline.changeDate(e.ownText(), order);
                    if (day != null) return day;
                }
            }
        }
        return null;
    }
}
