package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A vocabulary of whole lines (lower-cased {@link Boilerplate#key}s), matched case-insensitively: the plain phrases
 * in a set (one lookup), the others as regexes. Most chrome lines are plain words ("menu", "facebook"), so most
 * checks never reach a regex; and a regex phrase can only match a line that opens with one of the characters it
 * opens with and with its literal text ({@link RegexStart}), so the phrases are grouped by those characters and a
 * line tries only its first character's group, after its cheap test of the literal openings. The phrases whose
 * opening is not known (a dot, a range) are tried on every line.
 */
final class Phrases {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    private final Set<String> literal;
    /** The phrases that open with a known character, by that character {@link RegexStart#folded}. */
    private final Map<Character, Group> byFirstChar;
    /** The phrases that may open with anything; null when there are none. */
    private final Pattern others;
    /** All regex phrases, for the lines the groups cannot tell: the empty line, one opening with a surrogate. */
    private final Pattern all;

    /** Phrases that may open with one character: their union, tried when the line opens with one of theirs. */
    private record Group(Pattern union, List<String> openings) {

        boolean matches(String key) {
            for (String opening : openings) {
                if (RegexStart.opensWith(key, opening)) return union.matcher(key).matches();
            }
            return false;
        }
    }

    private Phrases(Set<String> literal, Map<Character, Group> byFirstChar, Pattern others, Pattern all) {
        this.literal = literal;
        this.byFirstChar = byFirstChar;
        this.others = others;
        this.all = all;
    }

    /** The phrases {@code alternatives}, each a regex (a plain phrase is one too) matched against the whole line. */
    static Phrases of(List<String> alternatives) {
        Set<String> literal = new java.util.HashSet<>();
        Map<Character, List<String>> byChar = new HashMap<>();
        Map<Character, Set<String>> openings = new HashMap<>();
        List<String> regexes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String a : alternatives) {
            if (a.matches("[\\p{Ll}' -]+")) { // runs once, at class initialisation
                literal.add(a);
                continue;
            }
            regexes.add(a);
            RegexStart start = RegexStart.of(a);
            if (start.firstChars() == null) {
                others.add(a);
                continue;
            }
            for (char c : start.firstChars()) {
                byChar.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
                // the literal opening counts for the character it opens with; another opening is not known
                String opening = !start.prefix().isEmpty() && start.prefix().charAt(0) == c ? start.prefix() : "";
                openings.computeIfAbsent(c, k -> new java.util.LinkedHashSet<>()).add(opening);
            }
        }
        Map<List<String>, Pattern> compiled = new HashMap<>(); // the ten digits share one group's union
        Map<Character, Group> groups = new HashMap<>();
        byChar.forEach((c, group) -> groups.put(c, new Group(compiled.computeIfAbsent(group, Phrases::union),
                List.copyOf(openings.get(c).contains("") ? List.of("") : openings.get(c)))));
        // no regex phrase at all: the empty union, which matches the empty line only
        return new Phrases(Vocabulary.copyOf(literal), Map.copyOf(groups), others.isEmpty() ? null : union(others),
                union(regexes));
    }

    /** True when {@code key} is one of the phrases, whole. */
    boolean matches(String key) {
        if (literal.contains(key)) return true;
        if (key.isEmpty() || Character.isSurrogate(key.charAt(0))) return all.matcher(key).matches();
        char c = key.charAt(0);
        char f = RegexStart.folded(c);
        Group group = byFirstChar.get(f);
        if (group != null && group.matches(key)) return true;
        // a character the regex takes as itself though its folded form differs
        Group own = f != c ? byFirstChar.get(c) : null;
        if (own != null && own != group && own.matches(key)) return true;
        return others != null && others.matcher(key).matches();
    }

    private static Pattern union(List<String> alternatives) {
        return Pattern.compile("(?:" + String.join("|", alternatives) + ")", FLAGS);
    }
}
