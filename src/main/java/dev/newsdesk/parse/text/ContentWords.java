package dev.newsdesk.parse.text;

import dev.newsdesk.parse.meta.Words;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The words that tell what a text is about: four letters and more (shorter ones are mostly function words). */
final class ContentWords {

    private static final int MIN_LENGTH = 4;

    private ContentWords() {
    }

    /** The content words of {@code text}, lower case, in order. */
    static List<String> of(String text) {
        return Words.lowerCaseAtLeast(text, MIN_LENGTH);
    }

    /** How many of {@code words} {@code known} holds. */
    static int shared(Collection<String> words, Set<String> known) {
        int shared = 0;
        for (String w : words) if (known.contains(w)) shared++;
        return shared;
    }
}
