package dev.newsdesk.parse.html;

import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;

/**
 * A name as an author element or a byline prints it alone ("Jane Doe", "| Jan van Dyk,", a user name): the text
 * without what a template sets around it, and whether it looks like a name at all rather than a label or a link.
 */
final class PrintedName {

    /** A name printed alone has no more words than this. */
    private static final int MAX_NAME_WORDS = 5;
    /** The small words inside names ("Ursula von der Leyen", "Maria da Silva"). */
    private static final Set<String> PARTICLES = Set.of("von", "vom", "van", "der", "den", "de", "da", "das", "dos",
            "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "y", "e", "zu", "ter", "ten");
    /**
     * Words that author elements hold beside the name: links and labels, never a name alone; German "vom" is the
     * label "von" with its article, before a nickname or a team ("vom <span>Redaktionsteam</span>").
     */
    private static final Set<String> NOT_NAMES = Set.of("follow", "folgen", "suivre", "seguir", "segui", "profile",
            "profil", "perfil", "about", "more", "mehr", "plus", "email", "e-mail", "contact", "kontakt", "bio", "posts",
            "author", "autor", "autorin", "auteur", "autore", "by", "von", "vom", "par", "por", "di", "redakteur",
            "writer");
    /** What a template sets around a name, cut off its ends: the white space of a regex's {@code \s}, the separators. */
    private static final String EDGE_PUNCTUATION = " \t\n\u000b\f\r,;:|·•/-";

    private PrintedName() {
    }

    /** The text without the separators a template sets around a name ("Jane Doe,", "| Jane Doe"). */
    static String trimmed(String s) {
        String line = Words.squash(s);
        int start = 0;
        int end = line.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(line.charAt(start)) >= 0) start++;
        while (end > start && EDGE_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) end--;
        return line.substring(start, end);
    }

    /**
     * A bracket at either end: a label whose count stands in the next element ("人氣(<span>42</span>)"), or an
     * editor's initials signing a text ("(mwo)"), which name no one a reader knows. No name printed alone has one.
     */
    private static boolean bracketAtEnd(String s) {
        return "([（".indexOf(s.charAt(0)) >= 0 || "([（".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A label alone, ending with its colon ("Autor:", "作者："): the name, if any, stands after it. */
    static boolean isLabel(String line) {
        String s = line.strip();
        return s.endsWith(":") || s.endsWith("：");
    }

    /**
     * What a name printed alone looks like: a short run of words without digits, one word (a user name,
     * "gnaddrig", not a button's label) or capitalized words with the particles of names between them ("Jan van
     * Dyk"), so that a label ("Artikel von", "About the Author", "Alle Beiträge von …") is none.
     */
    static boolean isName(String s) {
        if (!mayBeName(s)) return false;
        String[] words = s.split(" ");
        if (words.length == 1) return !NOT_NAMES.contains(s.toLowerCase(Locale.ROOT));
        if (words.length > MAX_NAME_WORDS || PARTICLES.contains(words[words.length - 1])) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) return false;
        }
        return true;
    }

    /**
     * What a name the page marks up as its author's name ({@code itemprop="name"}) may be: {@link #isName}'s short
     * run of words, but in any case, as the markup rules out a label's sentence. People and newsrooms who write
     * their names in lower case ("bell hooks", "danah boyd", "example.org Webteam") are printed so.
     */
    static boolean isMarkedName(String s) {
        if (isName(s)) return true;
        if (!mayBeName(s)) return false;
        String[] words = s.split(" ");
        if (words.length > MAX_NAME_WORDS) return false;
        for (String w : words) if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || PARTICLES.contains(w)) return false;
        return true;
    }

    /** A short text of letters, without digits or a bracket at an end: what any printed name is. */
    private static boolean mayBeName(String s) {
        return !s.isEmpty() && s.length() <= 60 && !Words.hasDigit(s) && Words.hasLetter(s) && !bracketAtEnd(s);
    }
}
