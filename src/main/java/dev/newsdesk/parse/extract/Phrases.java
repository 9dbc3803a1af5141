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
 * checks never reach a regex; and a regex phrase that opens with a letter can only match a line that opens with
 * it, so such phrases are grouped by that letter and a line tries only its letter's group, not all of them. The
 * phrases that open otherwise (a group, a digit class) are tried on every line.
 */
final class Phrases {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;

    private final Set<String> literal;
    /** The phrases that open with a letter, by that letter {@link #folded}. */
    private final Map<Integer, Pattern> byFirstLetter;
    /** The phrases that may open with anything else; null when there are none. */
    private final Pattern others;

    private Phrases(Set<String> literal, Map<Integer, Pattern> byFirstLetter, Pattern others) {
        this.literal = literal;
        this.byFirstLetter = byFirstLetter;
        this.others = others;
    }

    /** The phrases {@code alternatives}, each a regex (a plain phrase is one too) matched against the whole line. */
    static Phrases of(List<String> alternatives) {
        Set<String> literal = new java.util.HashSet<>();
        Map<Integer, List<String>> byLetter = new HashMap<>();
        List<String> others = new ArrayList<>();
        for (String a : alternatives) {
            if (a.matches("[\\p{Ll}' -]+")) literal.add(a); // runs once, at class initialisation
            else if (opensWithLetter(a)) byLetter.computeIfAbsent(folded(a.charAt(0)), k -> new ArrayList<>()).add(a);
            else others.add(a);
        }
        Map<Integer, Pattern> compiled = new HashMap<>();
        byLetter.forEach((letter, group) -> compiled.put(letter, union(group)));
        // no regex phrase at all: the empty union, which matches the empty line only
        Pattern rest = others.isEmpty() && !byLetter.isEmpty() ? null : union(others);
        return new Phrases(Vocabulary.copyOf(literal), Map.copyOf(compiled), rest);
    }

    /** True when {@code key} is one of the phrases, whole. */
    boolean matches(String key) {
        if (literal.contains(key)) return true;
        if (!key.isEmpty()) {
            Pattern group = byFirstLetter.get(folded(key.charAt(0)));
            if (group != null && group.matcher(key).matches()) return true;
        }
        return others != null && others.matcher(key).matches();
    }

    private static Pattern union(List<String> alternatives) {
        return Pattern.compile("(?:" + String.join("|", alternatives) + ")", FLAGS);
    }

    /**
     * A character as the regex compares it under {@link #FLAGS}: two characters match when their upper case's lower
     * case is the same ("ς" and "σ", "ſ" and "s").
     */
    private static int folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether every line {@code regex} matches opens with its first character: a letter (never a regex operator) not
     * made optional or repeatable by what follows, and no alternation outside brackets that could open otherwise.
     */
    private static boolean opensWithLetter(String regex) {
        if (regex.isEmpty() || !Character.isLetter(regex.charAt(0))) return false;
        if (regex.length() > 1 && "?*{".indexOf(regex.charAt(1)) >= 0) return false;
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}
