package dev.newsdesk.parse.html;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the dateline walk ({@link Dateline}) asks of one element's class-and-id string: its words, whether they name a
 * place of other texts' dates (comments, related stories, a sidebar), an author's element, a date's, the article's
 * body. Each answer is worked out at its first question, from one lower-cased copy; the walk keeps one of these per
 * distinct string of a page.
 */
final class ElementNames {

    /** Class or id words (split at "-", "_" and spaces) of what holds other texts' dates, or none the article's. */
    private static final Set<String> ELSEWHERE = Set.of("comment", "comments", "commentlist", "related",
            "relatedposts", "sidebar", "footer", "teaser", "teasers", "recommend", "recommended", "widget", "widgets",
            "reply", "respond", "popular", "mostread", "trending", "morestories", "newsletter", "calendar", "menu");
    /**
     * What the lower-cased names of an element the walk may skip as other texts' place contain: those words (the
     * shortest of each family: "comment" for "commentlist"), navigation's "nav" and "article". Names with none (most
     * of a page's) are not split into words for it.
     */
    private static final String[] PLACE_MARKS = marks();
    private static final String[] NO_PARTS = {};
    /** Class or id words of an element that shows the article's date (a post's author line dates it too). */
    private static final Pattern DATE_NAME = Pattern.compile(
            "date|time|publish|posted|dateline|byline|author|submitted|datum|fecha|meta|info|stand",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words of an element that holds the author's name. */
    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "byline", "autor", "autorin",
            "auteur", "autore", "writer", "vcard", "fn", "creator", "verfasser", "username");
    /** What the lower-cased names of an author element contain: most names hold none and are not split into words. */
    private static final String[] AUTHOR_MARKS = shortest(AUTHOR_WORDS);

    final String names;
    final String lower;
    /** Whether a class may be hAtom's "hentry": most names are not, and need no scan of the class attribute. */
    final boolean mayBeEntry;
    private String[] parts;
    private String[] placeParts;
    private Boolean author;
    private Boolean date;
    private Boolean body;

    ElementNames(String names) {
        this.names = names;
        this.lower = names.toLowerCase(Locale.ROOT);
        this.mayBeEntry = lower.contains("hentry");
    }

    /**
     * A class or id word of what holds other texts' dates: one of {@link #ELSEWHERE}, or navigation's
     * ("nav", "navbar", "navigation"), whose header band prints the day the page was served.
     */
    static boolean otherTexts(String part) {
        return ELSEWHERE.contains(part) || part.startsWith("nav");
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The lower-cased words (class names and id), split at spaces, "-" and "_". */
    String[] parts() {
        if (parts == null) parts = ClassHints.parts(lower);
        return parts;
    }

    /** The words when they may name a place of other texts' dates ({@link #otherTexts}), else none. */
    String[] placeParts() {
        if (placeParts == null) placeParts = ClassHints.containsAny(lower, PLACE_MARKS) ? parts() : NO_PARTS;
        return placeParts;
    }

    /** An author word, alone or run into others as camel case writes it ("documentAuthor", "postByline"). */
    boolean author() {
        if (author == null) author = !isEmpty() && ClassHints.containsAny(lower, AUTHOR_MARKS) && authorPart();
        return author;
    }

    private boolean authorPart() {
        for (String part : parts()) {
            if (AUTHOR_WORDS.contains(part) || part.contains("author") || part.contains("byline")) return true;
        }
        return false;
    }

    /** Named for a date. */
    boolean date() {
        if (date == null) date = !isEmpty() && DATE_NAME.matcher(names).find();
        return date;
    }

    /** Named for the article's body ({@link ClassHints#articleBody} without the itemprop), read off {@link #lower}. */
    boolean body() {
        if (body == null) body = ClassHints.namesArticleBody(names, lower);
        return body;
    }

    private static String[] marks() {
        Set<String> all = new TreeSet<>(ELSEWHERE);
        all.add("nav");
        all.add("article");
        return shortest(all);
    }

    /** The shortest of each family of {@code words}: those that hold no other ("comment" for "commentlist"). */
    private static String[] shortest(Set<String> words) {
        return words.stream().filter(w -> words.stream().noneMatch(o -> !o.equals(w) && w.contains(o)))
                .sorted().toArray(String[]::new);
    }
}
