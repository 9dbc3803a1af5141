package dev.newsdesk.parse.html;


/**
 * The tag and attribute names pages use most, found from their bytes in any case without making a string: a page
 * has thousands of tags and attributes and few distinct names. Each is returned as one shared lower-case string,
 * whose hash is computed once, so the look-ups that follow are cheap too.
 */
final class AsciiNames {

    private static final String VOCABULARY = String.join(" ",
            // elements
            "html head title base link meta style script noscript template body article section nav aside h1 h2 h3",
            "h4 h5 h6 hgroup header footer address p hr pre blockquote ol ul menu li dl dt dd figure figcaption main",
            "search div a em strong small s cite q dfn abbr ruby rt rp data time code var samp kbd sub sup i b u mark",
            "bdi bdo span br wbr ins del picture source img iframe embed object param video audio track map area table",
            "caption colgroup col tbody thead tfoot tr td th form label input button select datalist optgroup option",
            "textarea output progress meter fieldset legend details summary dialog slot canvas font center svg math",
            "path g use symbol defs circle rect line polygon polyline ellipse desc stop mask big strike tt nobr xmp",
            "applet marquee frame frameset noframes noembed listing plaintext image keygen basefont bgsound dir",
            // attributes
            "class id href src style rel type content name property alt lang charset width height role hidden",
            "aria-hidden aria-label itemprop itemscope itemtype datetime srcset sizes loading target action method",
            "value for http-equiv async defer crossorigin integrity media tabindex decoding fill viewbox xmlns d",
            "stroke data-src data-id onclick placeholder dir colspan rowspan border cellpadding cellspacing align",
            "valign bgcolor color face size nonce referrerpolicy allow allowfullscreen frameborder scrolling",
            "focusable aria-labelledby aria-expanded aria-controls aria-describedby data-testid autocomplete",
            "rows cols maxlength required checked selected disabled");

    private static final int SLOTS = 1024; // a power of two, well over twice the vocabulary
    private static final String[] NAMES = new String[SLOTS];
    private static final byte[][] BYTES = new byte[SLOTS][];

    static {
        for (String name : VOCABULARY.split(" ")) {
            int slot = hash(name) & (SLOTS - 1);
            while (NAMES[slot] != null && !NAMES[slot].equals(name)) slot = (slot + 1) & (SLOTS - 1);
            // interned: the same instance as the literals the reader compares tag names with
            NAMES[slot] = name.intern();
            BYTES[slot] = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private AsciiNames() {
    }

    /** The name spelled by {@code bytes[start, end)} in lower case, or null when it is not one of the vocabulary. */
    static String find(byte[] bytes, int start, int end) {
        int h = 0;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            int c = bytes[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                upper = true;
            } else if (c < 0) {
                return null; // not ASCII: not one of ours
            }
            h = 31 * h + c;
        }
        for (int slot = mix(h) & (SLOTS - 1); NAMES[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (spells(BYTES[slot], bytes, start, end, upper)) return NAMES[slot];
        }
        return null;
    }

    /** Names are a few letters: a plain loop beats {@link java.util.Arrays#equals}'s set-up. */
    private static boolean spells(byte[] name, byte[] bytes, int start, int end, boolean upper) {
        if (name.length != end - start) return false;
        for (int i = 0; i < name.length; i++) {
            int c = bytes[start + i];
            if (upper && c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != name[i]) return false;
        }
        return true;
    }

    private static int hash(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) h = 31 * h + name.charAt(i);
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
