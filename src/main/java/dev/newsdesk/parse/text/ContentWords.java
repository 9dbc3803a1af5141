package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words that tell what a text is about, comparable across a headline and its story in any script: words of
 * four letters and more (shorter ones are mostly function words), cut to their first {@link #STEM} letters so
 * that the forms of an inflected language meet ("ustawa" and "ustawę", "закон" and "закона"); in Chinese and
 * Japanese, written without spaces, each pair of adjacent characters (most of their words are two characters).
 */
final class ContentWords {

    private static final int MIN_LENGTH = 4;
    /** Letters kept of a word: enough to tell words apart, few enough to drop most endings. */
    private static final int STEM = 5;

    private ContentWords() {
    }

    /** The content words of {@code text}, lower case, in order. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        char[] previous = {0}; // the ideograph just before, or 0
        Words.eachLowerCase(text, text.length(), w -> {
            char c = w.charAt(0);
            if (w.length() == 1 && Words.isIdeographic(c)) {
                if (previous[0] != 0) out.add(new String(new char[] {previous[0], c}));
                previous[0] = c;
            } else {
                previous[0] = 0;
                if (w.length() >= MIN_LENGTH) out.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
            return true;
        });
        return out;
    }

    /** The content words of {@code count} blocks from {@code from} on (fewer at the end): a text's opening. */
    static Set<String> ofBlocks(List<Candidate> blocks, int from, int count) {
        Set<String> words = new HashSet<>();
        for (int i = from; i < Math.min(blocks.size(), from + count); i++) words.addAll(of(blocks.get(i).text()));
        return words;
    }

    /** How many of {@code text}'s distinct content words {@code known} holds: a word said twice counts once. */
    static int sharedDistinct(String text, Set<String> known) {
        return shared(new HashSet<>(of(text)), known);
    }

    /** How many of {@code words} {@code known} holds. */
    static int shared(Collection<String> words, Set<String> known) {
        int shared = 0;
        for (String w : words) if (known.contains(w)) shared++;
        return shared;
    }
}
