package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What class names and ids say about an element. Sites name their chrome with a shared vocabulary (comments,
 * share, sidebar, related...) and their article body with another (article-body, post-content, entry-content);
 * these are conventions of the web, not of one site.
 */
public final class ClassHints {

    /**
     * Words (class and id parts split at "-", "_" and spaces; two neighbours also joined) that name chrome; a "buy box"
     * sells the work (a paper's PDF, a subscription, their prices), even when set inside the article's body; an
     * "interstitial" is the screen a slideshow or a player shows between its items (a wait, an advert); a "button"
     * is a control, its label ("Full Screen", "Autoplay") an order to the page, not the writer's text.
     */
    private static final Set<String> UNLIKELY = Set.of("comment", "comments", "commentlist", "disqus", "share",
            "sharing", "sharebar", "social", "socials", "related", "relatedposts", "recommend", "recommended",
            "recommendations", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent",
            "gdpr", "sidebar", "widget", "widgets", "promo", "promos", "advert", "advertisement", "ad", "ads",
            "adsense", "adslot", "dfp", "sponsor", "sponsored", "banner", "breadcrumb", "breadcrumbs", "footer", "menu",
            "nav", "navbar", "navigation", "popup", "modal", "overlay", "toolbar", "tags", "taglist", "byline",
            "author", "authors", "caption", "imagedescription", "bildunterschrift", "credit", "credits", "meta",
            "metadata", "postmetadata", "timestamp", "dateline", "print",
            "pagination", "pager", "rating", "masthead", "skip", "outbrain", "taboola", "mostread", "popular",
            "trending", "morestories", "readmore", "utility", "follow", "login", "paywall", "buybox",
            "hidden", "visuallyhidden", "sronly", "jump", "toc", "newslettersignup", "inlinerelated",
            "relatedcontent", "articlefooter", "postfooter", "articlemeta", "postmeta", "entrymeta", "sharetools",
            "socialshare", "rail", "aside", "complementary", "cta", "recirculation", "interstitial", "button", "buttons");
    /**
     * Chrome that is a link to another page (a teaser for another article): an element so named that holds no link is
     * no such thing. German CMSs name an article's own standfirst "Teaser" ("teaser-text" above the body).
     */
    /**
     * Words before "widget" of page builders that call every block of a page a widget ("elementor-widget-heading",
     * "elementor-widget-text-editor"): the article's title, date and text among them, no sidebar's box.
     */
    static final Set<String> BUILDERS = Set.of("elementor");
    private static final Set<String> LINKED = Set.of("teaser", "teasers");
    /**
     * Names of what describes a picture (its caption, "image-description", German CMSs' "Bildunterschrift"; its
     * credit): chrome to the text, not to the picture in it.
     */
    private static final Set<String> PICTURE = Set.of("caption", "imagedescription", "bildunterschrift", "credit",
            "credits");
    /** Parts after which a chrome word says what an element holds or lacks, not what it is ("has-sidebar"). */
    private static final Set<String> CONTAINERS = Set.of("has", "with", "no", "non", "not", "without");
    /** A post the article embeds (a tweet, an Instagram post) is quoted content, not a share bar. */
    private static final Set<String> EMBEDS = Set.of("embed", "embedded", "tweet", "twittertweet", "instagrammedia",
            "oembed");
    /**
     * Chrome that may be large (a comment thread, a consent wall): removed whatever its share of the text. Not
     * "share": a share bar is small, and templates put the word on the article's own wrapper ("share-zone"), so it
     * goes only when small, as other chrome does.
     */
    private static final Set<String> STRONG_UNLIKELY = Set.of("comment", "comments", "commentlist", "disqus",
            "cookie", "cookies", "consent", "gdpr", "outbrain", "taboola", "newsletter");
    /** Each chrome or embed word with its flags, so that one pass over a name's parts finds both kinds. */
    private static final NameWords WORDS = words();
    /** A part longer than every word is no word: most parts of generated class names are never looked up. */
    private static final int MAX_WORD_LENGTH = WORDS.maxLength();
    /** Every name of {@link #ARTICLE_BODY} holds one of these: a name without any skips the regexes. */
    private static final String[] ARTICLE_BODY_ANCHORS = {"body", "content", "text", "main"};
    /** Common names of an article's body, found anywhere in an element's names, in any case of ASCII letters. */
    private static final List<BodyName> ARTICLE_BODY = anchored(
            "article-?body|articlebody|article-?content|article-?text|articletext|post-?content|post-?body|"
                    + "entry-?content|entry-?body|story-?body|story-?content|storycontent|main-?content|"
                    + "content-?body|body-?text|bodytext|rich-?text|article__body|article__content|"
                    + "post__content|single-?content|text-?content|news-?content|article-?main");
    /** Words in names that make an element likelier to hold the article (readability's), found anywhere in them. */
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "main", "post",
            "text", "blog", "story", "prose", "paragraph"};
    /** Words in names that make an element less likely to (readability's), found anywhere in them. */
    private static final String[] NEGATIVE = {"comment", "meta", "footer", "footnote", "foot", "sidebar", "widget",
            "share", "social", "related", "promo", "sponsor", "shoutbox", "combx", "masthead", "media", "scroll",
            "tags", "tool", "nav", "menu", "header", "teaser", "card", "list"};

    private ClassHints() {
    }

    static String names(Element e) {
        return names(e.className(), e.id());
    }

    /** The class names and the id, a space apart. */
    static String names(String cls, String id) {
        if (cls.isEmpty()) return id;
        if (id.isEmpty()) return cls;
        return cls + " " + id;
    }

    /**
     * True when an element's class or id says page chrome (and neither names an article body or an embedded post);
     * each name judged once per page through {@code cache}.
     */
    static boolean unlikely(String className, String idValue, java.util.Map<String, Byte> cache) {
        return unlikely(flags(className, idValue, cache));
    }

    /** {@link #unlikely} of an element whose names have the {@link #flags} {@code both}. */
    static boolean unlikely(int both) {
        return (both & (CHROME_WORD | LINKED_WORD)) != 0 && (both & (BODY_NAME | EMBED_NAME)) == 0;
    }

    /**
     * True when the only chrome words of names with the {@link #flags} {@code both} are {@link #LINKED} ones: the
     * element is chrome only if linked.
     */
    static boolean chromeOnlyIfLinked(int both) {
        return (both & CHROME_WORD) == 0 && (both & LINKED_WORD) != 0;
    }

    /** True when an element's class or id names a post the article embeds ("twitter-tweet", "social-embed"). */
    static boolean namesEmbed(String className, String idValue, java.util.Map<String, Byte> cache) {
        return namesEmbed(flags(className, idValue, cache));
    }

    /** {@link #namesEmbed} of an element whose names have the {@link #flags} {@code both}. */
    static boolean namesEmbed(int both) {
        return (both & EMBED_NAME) != 0;
    }

    /** True when an element's class or id names a picture's caption or credit ("wp-caption", "photo-credit"). */
    static boolean describesPicture(String className, String idValue, java.util.Map<String, Byte> cache) {
        int both = flags(className, idValue, cache);
        return (both & PICTURE_WORD) != 0;
    }

    /**
     * Whether the names of {@code e} make a picture inside it the page's chrome, as the parser reads them: a chrome
     * word, not only a caption's or a credit's. For judging the parser from outside (the benchmarks).
     */
    public static boolean namesChromeAroundPictures(Element e) {
        java.util.Map<String, Byte> cache = new java.util.HashMap<>(4);
        return unlikely(e.className(), e.id(), cache) && !describesPicture(e.className(), e.id(), cache);
    }

    /** Whether the names of {@code e} say it holds a post the article embeds (a tweet's wrapper). */
    public static boolean namesEmbeddedPost(Element e) {
        return namesEmbed(e.className(), e.id(), new java.util.HashMap<>(4));
    }

    /**
     * The flags of the class names and of the id, judged apart (their parts never join across them): read once for an
     * element that several questions are asked about ({@link #unlikely(int)}, {@link #namesEmbed(int)}).
     */
    static int flags(String className, String idValue, java.util.Map<String, Byte> cache) {
        return verdict(className, cache) | verdict(idValue, cache);
    }

    private static final byte CHROME_WORD = 1;
    private static final byte BODY_NAME = 2;
    private static final byte EMBED_NAME = 4;
    private static final byte STRONG_WORD = 8;
    private static final byte JOIN_HEAD = 16;
    private static final byte LINKED_WORD = 32;
    private static final byte PICTURE_WORD = 64;
    /** The flags above: what a name's verdict holds. The table's flags below only say how a part reads the next. */
    private static final int VERDICT_FLAGS = 0xff;
    private static final int CONTAINER_PART = 1 << 8;
    private static final int BUILDER_PART = 1 << 9;
    private static final int IS_PART = 1 << 10;
    private static final int HIDDEN_PART = 1 << 11;
    private static final int WIDGET_PART = 1 << 12;

    private static byte verdict(String name, java.util.Map<String, Byte> cache) {
        if (name.isEmpty()) return 0;
        Byte known = cache.get(name);
        if (known != null) return known;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        byte v = wordFlags(lower);
        if (namesArticleBody(name, lower)) v |= BODY_NAME;
        cache.put(name, v);
        return v;
    }

    /**
     * True when an element's class or id says it is chrome that may be large (a comment thread): remove whatever
     * its size. Read from the names' cached verdicts: class and id are judged apart, as their parts never join
     * across the space between them (unless the class ends in a separator; then they are judged together).
     */
    static boolean stronglyUnlikely(String className, String id, java.util.Map<String, Byte> cache) {
        if (className.endsWith("-") || className.endsWith("_")) {
            String names = names(className, id);
            String lower = names.toLowerCase(java.util.Locale.ROOT);
            return (wordFlags(lower) & STRONG_WORD) != 0 && !namesArticleBody(names, lower);
        }
        int both = flags(className, id, cache);
        return (both & STRONG_WORD) != 0 && (both & BODY_NAME) == 0;
    }

    /** {@link #ARTICLE_BODY} found in {@code names}; {@code lower} is them lower-cased, for the cheap test first. */
    static boolean namesArticleBody(String names, String lower) {
        for (String anchor : ARTICLE_BODY_ANCHORS) {
            if (lower.contains(anchor)) return anyBodyName(asciiLowerCase(names));
        }
        return false;
    }

    /** Whether {@code asciiLower} (names with A-Z lower-cased) holds one of the body names. */
    private static boolean anyBodyName(String asciiLower) {
        for (BodyName name : ARTICLE_BODY) if (name.in(asciiLower)) return true;
        return false;
    }

    /**
     * A body name, lower case: the letters it opens with, then, when {@code rest} is not empty, those it ends with,
     * an optional "-" or "_" between them where {@code joined} ("article-?body"). Matched with {@code indexOf} and
     * {@code startsWith} at each place the opening is found: no regex for a name most strings only half hold.
     */
    private record BodyName(String opening, boolean joined, String rest) {

        boolean in(String s) {
            for (int at = s.indexOf(opening); at >= 0; at = s.indexOf(opening, at + 1)) {
                int end = at + opening.length();
                if (s.startsWith(rest, end)) return true;
                if (joined && end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '_')
                        && s.startsWith(rest, end + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The flags of the words of {@code lower} (lower-cased names): its parts split at "-", "_" and spaces, and two
     * neighbouring parts joined unless a space parts them ("related-posts" is "relatedposts" too). One pass for all
     * the vocabularies, no regex: this runs on every class name of the page.
     * <p>
     * Three kinds of part do not name the element itself, so they do not make it chrome: a BEM modifier (after
     * "--": "TestReport__Section--Ads" is a section of the report, "field--label-hidden" a field whose label is
     * hidden); a word after one that says the element holds or lacks it ("has-ads", "with-sidebar", "non-paywall",
     * "no-share": a wrapper); and "hidden" after another word ("overflow-hidden" clips, "label-hidden" hides the
     * label), which hides the element only alone or as "is-hidden" ("visually-hidden" is a word of its own); and
     * "widget" after a page builder's name, which calls every block of a page so, the article's text among them.
     */
    private static byte wordFlags(String lower) {
        int n = lower.length();
        int prevStart = -1; // where the previous part starts, when a vocabulary word starts with it; else -1
        int prevEnd = -1;
        int prevHash = 0;
        int before = 0; // the table's flags of the previous part of the same class name, whatever it is
        boolean modifier = false; // past a BEM "--" in this class name
        int i = 0;
        int found = 0;
        while (i < n) {
            while (i < n && isSeparator(lower.charAt(i))) i++;
            int start = i;
            // the part's hash and the hash of the previous part joined with it, read as its letters are checked: a
            // part with any but a-z, or longer than every word, is none
            boolean mayBeWord = true;
            int hash = 0;
            int joinedHash = prevHash;
            for (char c; i < n && !isSeparator(c = lower.charAt(i)); i++) {
                if (!mayBeWord) continue;
                mayBeWord = c >= 'a' && c <= 'z' && i - start < MAX_WORD_LENGTH;
                hash = NameWords.extend(hash, c);
                joinedHash = NameWords.extend(joinedHash, c);
            }
            if (i == start) continue;
            boolean nameStart = start == 0 || Words.isRegexSpace(lower.charAt(start - 1));
            if (nameStart) {
                before = 0;
                modifier = false;
            } else if (start >= 2 && lower.charAt(start - 1) == '-' && lower.charAt(start - 2) == '-') {
                modifier = true;
            }
            if (!mayBeWord) {
                prevStart = -1; // nor can it start or end a joined word
                before = 0;
            } else {
                int entry = WORDS.flags(lower, start, i, hash);
                int flags = entry & VERDICT_FLAGS;
                if ((entry & HIDDEN_PART) != 0 && !nameStart && (before & IS_PART) == 0) flags &= JOIN_HEAD;
                // a page builder calls every block of a page a widget ("elementor-widget-text-editor")
                if ((entry & WIDGET_PART) != 0 && (before & BUILDER_PART) != 0) flags &= JOIN_HEAD;
                int joined = prevStart >= 0 && lower.charAt(prevEnd) != ' '
                        ? WORDS.flags(lower, prevStart, prevEnd, start, i, joinedHash) & VERDICT_FLAGS : 0;
                if (!modifier && (before & CONTAINER_PART) == 0) found |= flags | joined;
                prevStart = (flags & JOIN_HEAD) != 0 ? start : -1;
                prevHash = hash;
                before = entry;
                prevEnd = i;
            }
        }
        return (byte) (found & ~JOIN_HEAD);
    }

    /**
     * Every vocabulary word with its flags, every start of one with {@link #JOIN_HEAD} (only after one is a part
     * joined with the next), and the parts that change how the next part reads ({@link #CONTAINERS}, a builder's
     * name, "is") or that read otherwise after some ("hidden", "widget").
     */
    private static NameWords words() {
        java.util.Map<String, Integer> flags = new java.util.HashMap<>();
        for (String w : UNLIKELY) flags.merge(w, (int) CHROME_WORD, (x, y) -> x | y);
        for (String w : LINKED) flags.merge(w, (int) LINKED_WORD, (x, y) -> x | y);
        for (String w : EMBEDS) flags.merge(w, (int) EMBED_NAME, (x, y) -> x | y);
        for (String w : STRONG_UNLIKELY) flags.merge(w, (int) STRONG_WORD, (x, y) -> x | y);
        for (String w : PICTURE) flags.merge(w, (int) PICTURE_WORD, (x, y) -> x | y);
        for (String w : List.copyOf(flags.keySet())) {
            for (int k = 1; k < w.length(); k++) flags.merge(w.substring(0, k), (int) JOIN_HEAD, (x, y) -> x | y);
        }
        for (String w : CONTAINERS) flags.merge(w, CONTAINER_PART, (x, y) -> x | y);
        for (String w : BUILDERS) flags.merge(w, BUILDER_PART, (x, y) -> x | y);
        flags.merge("is", IS_PART, (x, y) -> x | y);
        flags.merge("hidden", HIDDEN_PART, (x, y) -> x | y);
        flags.merge("widget", WIDGET_PART, (x, y) -> x | y);
        for (String w : flags.keySet()) {
            if (!w.matches("[a-z]+")) throw new IllegalStateException("not a lower-case ASCII word: " + w);
        }
        return new NameWords(flags);
    }

    /**
     * The article-body names, checked to each hold an anchor; "-?" in one (at most one) stands for an optional "-" or
     * "_" ("content_body" as well as "content-body").
     */
    private static List<BodyName> anchored(String alternatives) {
        List<BodyName> names = new java.util.ArrayList<>();
        for (String a : alternatives.split("\\|")) {
            if (java.util.Arrays.stream(ARTICLE_BODY_ANCHORS).noneMatch(a::contains)) {
                throw new IllegalStateException("an article-body name without an anchor word: " + a);
            }
            int optional = a.indexOf("-?");
            if (optional != a.lastIndexOf("-?")) throw new IllegalStateException("two optional separators: " + a);
            names.add(optional < 0 ? new BodyName(a, false, "")
                    : new BodyName(a.substring(0, optional), true, a.substring(optional + 2)));
        }
        return List.copyOf(names);
    }

    /**
     * The runs of {@code lower} (lower-cased names) between separators, none empty: the words of class names and ids.
     * A loop, not a regex: every class name of a page is split.
     */
    static String[] parts(String lower) {
        List<String> parts = new java.util.ArrayList<>(4);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(lower.charAt(i))) i++;
            int start = i;
            while (i < n && !isSeparator(lower.charAt(i))) i++;
            if (i > start) parts.add(lower.substring(start, i));
        }
        return parts.toArray(new String[0]);
    }

    /** Where the words of a name part: between names, and at "-" and "_" inside one. */
    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Words.isRegexSpace(c); // between class names: HTML's whitespace
    }

    /** True when the names are a common name for the article body itself. */
    static boolean articleBody(Element e) {
        if ("articleBody".equals(e.attr("itemprop"))) return true;
        String names = names(e);
        return !names.isEmpty() && namesArticleBody(names, names.toLowerCase(java.util.Locale.ROOT));
    }

    /** A weight in [-25, 25] from the names: readability's idea of class weighting. */
    static int weight(Element e) {
        return weight(names(e));
    }

    /** {@link #weight(Element)} of an element named {@code names}. */
    static int weight(String names) {
        if (names.isEmpty()) return 0;
        // ASCII letters fold as a case-insensitive regex folds them; one copy, then a substring search per word
        String lower = asciiLowerCase(names);
        int w = 0;
        if (containsAny(lower, NEGATIVE)) w -= 25;
        if (containsAny(lower, POSITIVE)) w += 25;
        return w;
    }

    /** Whether {@code text} holds one of {@code words} anywhere (lower-cased names hold a mark inside a name). */
    static boolean containsAny(String text, String[] words) {
        for (String word : words) if (text.contains(word)) return true;
        return false;
    }

    /** {@code s} with A-Z lower-cased and every other character as it is. */
    private static String asciiLowerCase(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) out = s.toCharArray();
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }
}
