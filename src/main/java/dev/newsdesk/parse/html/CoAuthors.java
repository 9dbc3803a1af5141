package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.AuthorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The co-authors a page prints beside the one writer its head names: a CMS credits the account that filed the piece
 * ("Jane Doe") where the byline lists everyone who wrote it ("J. Doe / John Roe"). The byline is an element named for
 * the author that names the head's writer (the same family name, the same initial) among full names or initials
 * before a family name; it counts as printed, in the form it prints, with a byline set in lower case ("j. doe / john
 * roe") capitalised. A byline that names the writer alone, or names others only, leaves the head's name.
 */
final class CoAuthors {

    /** Longer text is no byline of a few names. */
    private static final int MAX_LINE = 100;
    /** A list of more names is a list of the site's writers. */
    private static final int MAX_NAMES = 4;
    /** A name's words: letters, an initial's full stop, the hyphen or apostrophe inside a family name. */
    private static final String NAME_WORD = "[\\p{L}][\\p{L}'’-]*\\.?";
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?: " + NAME_WORD + ")+");

    private CoAuthors() {
    }

    /** The names the byline in {@code body} prints beside the head's one writer {@code writer}, else that writer. */
    static List<String> of(Element body, String writer) {
        String[] writerWords = writer.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (body == null || writerWords.length < 2) return List.of(writer);
        String family = writerWords[writerWords.length - 1];
        // one walk, from element to element, that looks at the class name as it is: a selector would lower-case
        // every element's
        for (Element e = body; e != null; e = DocumentOrder.next(e, body)) {
            if (!namedForAuthor(e.className())) continue;
            List<String> names = coAuthors(e.text(), family, writerWords);
            if (names != null) return names;
        }
        return List.of(writer);
    }

    /** True when a class name says author or byline, in any case ("c-byline", "postAuthor"). */
    private static boolean namedForAuthor(String className) {
        for (int i = 0; i + 6 <= className.length(); i++) {
            char c = className.charAt(i);
            if ((c == 'a' || c == 'A') && className.regionMatches(true, i, "author", 0, 6)
                    || (c == 'b' || c == 'B') && className.regionMatches(true, i, "byline", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** The names {@code line} prints, capitalised, when they are a few and one is the writer's; else null. */
    private static List<String> coAuthors(String line, String family, String[] writerWords) {
        if (line.length() > MAX_LINE || !line.toLowerCase(Locale.ROOT).contains(family)) return null;
        List<String> names = AuthorNames.clean(List.of(line));
        if (names.size() < 2 || names.size() > MAX_NAMES || !names.stream().allMatch(CoAuthors::nameShaped)) {
            return null;
        }
        return names.stream().anyMatch(n -> sameWriter(n, writerWords)) ? capitalised(names) : null;
    }

    /** Two to five words of a name, the last no initial: "J. I. da Silva", "Jane Doe". */
    private static boolean nameShaped(String name) {
        String[] words = name.split(" ");
        return words.length >= 2 && words.length <= 5 && !words[words.length - 1].endsWith(".")
                && NAME.matcher(name).matches();
    }

    /** True when {@code name} is the writer's: the same family name, the same first letter of the given name. */
    private static boolean sameWriter(String name, String[] writerWords) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        return words[words.length - 1].equals(writerWords[writerWords.length - 1])
                && words[0].charAt(0) == writerWords[0].charAt(0);
    }

    /**
     * {@code names} with the words a byline set in lower case capitalised: an initial and a word of four letters or
     * more ("e." "silva"); the short particles inside names stay ("da", "van", "von").
     */
    private static List<String> capitalised(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            StringBuilder b = new StringBuilder(name.length());
            for (String w : name.split(" ")) {
                boolean capitalise = Character.isLowerCase(w.charAt(0)) && (w.endsWith(".") || w.length() > 3);
                if (b.length() > 0) b.append(' ');
                b.append(capitalise ? capital(w) : w);
            }
            out.add(b.toString());
        }
        return out;
    }

    /** {@code word} with its first letter in title case. */
    static String capital(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(word, Character.charCount(first), word.length()).toString();
    }
}
