package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;

/**
 * A box a script binds clicks to ("collapse-box__trigger", "menu-toggle") that holds only a short label ("mehr
 * anzeigen", "Show more"): a button drawn without a button tag, chrome as a button is. A heading in such a box (an
 * accordion's question) is no label.
 */
final class ToggleLabels {

    /** Name parts of what opens or folds something when clicked. */
    private static final Set<String> CONTROLS = Set.of("trigger", "toggle", "toggler");
    /** The most words of a button's label ("Weniger anzeigen", "Show all results"). */
    private static final int MAX_LABEL_WORDS = 3;

    private ToggleLabels() {
    }

    /** True when {@code e}, named {@code names} (its class names and id), is such a box and not a heading. */
    static boolean isLabel(org.jsoup.nodes.Element e, String names, boolean heading) {
        if (heading || names.isEmpty()) return false;
        String lower = names.toLowerCase(Locale.ROOT);
        if (!lower.contains("trigger") && !lower.contains("toggle")) return false;
        boolean control = false;
        for (String part : ClassHints.parts(lower)) control |= CONTROLS.contains(part);
        return control && Words.count(e.text()) <= MAX_LABEL_WORDS && e.select("h1, h2, h3, h4, h5, h6").isEmpty();
    }
}
