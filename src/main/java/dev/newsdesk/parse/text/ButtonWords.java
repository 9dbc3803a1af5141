package dev.newsdesk.parse.text;

import java.util.Set;

/**
 * A bar's buttons read as one line: the words of what the buttons do ("share", "print"; "skip", "menu") and of what
 * a button's call names ("this article", "with friends"; "to main content"). A line of these only, one at least a
 * button's, is the bar.
 */
record ButtonWords(Set<String> buttons, Set<String> objects) {

    /** True when each of {@code words} (lower case) is a button's or an object's here, and one at least a button's. */
    boolean only(Iterable<String> words) {
        boolean button = false;
        for (String word : words) {
            if (buttons.contains(word)) button = true;
            else if (!objects.contains(word)) return false;
        }
        return button;
    }
}
