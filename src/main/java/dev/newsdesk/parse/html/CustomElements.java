package dev.newsdesk.parse.html;

/**
 * Elements a page defines itself (web components: a tag name with a hyphen, "x-inline-teaser"). Their tag names
 * what they are as a class name does a {@code <div>}'s, and one with an {@code href} ("x-link") is the link a reader
 * clicks, as an {@code <a>} is.
 */
final class CustomElements {

    private CustomElements() {
    }

    /** Whether {@code tag} (a normalised tag name) is a custom element's: a letter first, a hyphen after it. */
    static boolean isCustom(String tag) {
        return tag.indexOf('-') > 0 && tag.charAt(0) >= 'a' && tag.charAt(0) <= 'z';
    }
}
