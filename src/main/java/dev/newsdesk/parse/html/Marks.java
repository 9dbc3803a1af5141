package dev.newsdesk.parse.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes the block walk reads from every element, gathered in one pass over them: each {@code attr()}
 * call is a scan of its own, and the walk would make seven per element. Keys are lower case (the HTML parser
 * normalises them), so they are compared exactly.
 *
 * @param className the class attribute, trimmed (as {@link Element#className()})
 */
record Marks(boolean any, String className, String id, String role, String style, boolean hidden,
             String ariaHidden, String itemprop) {

    private static final Marks NONE = new Marks(false, "", "", "", "", false, "", "");

    static Marks of(Element e) {
        if (e.attributesSize() == 0) return NONE;
        String cls = "";
        String id = "";
        String role = "";
        String style = "";
        boolean hidden = false;
        String ariaHidden = "";
        String itemprop = "";
        for (Attribute a : e.attributes()) {
            switch (a.getKey()) {
                case "class" -> cls = a.getValue().trim();
                case "id" -> id = a.getValue();
                case "role" -> role = a.getValue();
                case "style" -> style = a.getValue();
                case "hidden" -> hidden = true;
                case "aria-hidden" -> ariaHidden = a.getValue();
                case "itemprop" -> itemprop = a.getValue();
                default -> { }
            }
        }
        return new Marks(true, cls, id, role, style, hidden, ariaHidden, itemprop);
    }

    /** True when the element is hidden from readers: the hidden attribute, aria-hidden, or an inline style. */
    boolean hides(String tag) {
        if (hidden || "true".equals(ariaHidden) && !tag.equals("span")) return true;
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase();
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The class names and id, as {@link ClassHints#names(Element)}. */
    String names() {
        return ClassHints.names(className, id);
    }
}
