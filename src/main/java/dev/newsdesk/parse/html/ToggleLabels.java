package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A box a script binds clicks to ("collapse-box__trigger", "menu-toggle") that holds only a short label ("mehr
 * anzeigen", "Show more"): a button drawn without a button tag, chrome as a button is. A heading in such a box (an
 * accordion's question) is no label.
 */
final class ToggleLabels {

    /** Parsed once: asked of each element named for a control. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** Name parts of what opens or folds something when clicked. */
    private static final Set<String> CONTROLS = Set.of("trigger", "toggle", "toggler");
    /** The most words of a button's label ("Weniger anzeigen", "Show all results"). */
    private static final int MAX_LABEL_WORDS = 3;

    private ToggleLabels() {
    }

    /** True when {@code e}, with {@code marks} (its class names and id), is such a box and not a heading. */
    static boolean isLabel(org.jsoup.nodes.Element e, Marks marks, boolean heading) {
        // most elements have neither word in their names: asked of each element, so without building a string
        if (heading || !mentionsControl(marks.className()) && !mentionsControl(marks.id())) return false;
        String lower = marks.names().toLowerCase(Locale.ROOT);
        boolean control = false;
        for (String part : ClassHints.parts(lower)) control |= CONTROLS.contains(part);
        return control && Words.count(e.text()) <= MAX_LABEL_WORDS && e.select(HEADINGS).isEmpty();
    }

    /** True when {@code name} holds "trigger" or "toggle" in any case. */
    private static boolean mentionsControl(String name) {
        for (int i = 0, n = name.length() - 6; i <= n; i++) {
            char c = name.charAt(i);
            if ((c == 't' || c == 'T') && (name.regionMatches(true, i, "toggle", 0, 6)
                    || name.regionMatches(true, i, "trigger", 0, 7))) {
                return true;
            }
        }
        return false;
    }
}
