package dev.newsdesk.parse.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every string a phrase's regex matches opens with, read from the regex's text: the characters it may open
 * with ({@link #firstChars}) and the literal text it must open with ({@link #prefix}). Both err towards "anything":
 * what this reader does not follow (a dot, a range, a class escape other than {@code \d}, a zero-width assertion)
 * leaves the opening open, so a test built on them never turns down a string the regex would take.
 */
record RegexStart(Set<Character> firstChars, String prefix) {

    /** The opening of {@code regex} (matched case-insensitively: the characters are {@link #folded}). */
    static RegexStart of(String regex) {
        Set<Character> first;
        try {
            Reader r = new Reader(regex);
            Opening o = r.alternation();
            first = r.pos == regex.length() ? o.chars() : null; // the empty match: no character to open with
        } catch (IllegalArgumentException unreadable) {
            first = null;
        }
        return new RegexStart(first, prefix(regex));
    }

    /**
     * A character as a case-insensitive regex compares it: two match when their upper case's lower case is the same
     * ("ς" and "σ", "ſ" and "s"). ASCII, most of what is compared, folds to ASCII: told without the two tables.
     */
    static char folded(char c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** True when {@code text} opens with {@code prefix} (folded) as the regex compares characters. */
    static boolean opensWith(String text, String prefix) {
        return opensWith(text, 0, prefix);
    }

    /** True when {@code text} holds {@code prefix} (folded) at {@code from}, as the regex compares characters. */
    static boolean opensWith(String text, int from, String prefix) {
        if (text.length() - from < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            char p = prefix.charAt(i);
            char c = text.charAt(from + i);
            if (p != c && p != folded(c)) return false;
        }
        return true;
    }

    /**
     * The literal characters {@code regex} opens with, folded: up to its first operator, without a character a
     * quantifier makes optional ("e-?mail" opens with "e"); none when it has alternatives outside any group ("ab|ac"
     * opens with "a" or with anything its second alternative does).
     */
    private static String prefix(String regex) {
        if (alternatives(regex).size() > 1) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if ("\\()[]{}.*+?|^$".indexOf(c) >= 0) break;
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            if (next == '?' || next == '*' || next == '{') break;
            out.append(folded(c));
            if (next == '+') break;
        }
        return out.toString();
    }

    /** The alternatives of {@code regex}: its parts between the {@code |}s outside any group and class. */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (inClass) inClass = c != ']';
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    /** The characters a part of a regex may open with (null: any) and whether it may match nothing. */
    private record Opening(Set<Character> chars, boolean mayBeEmpty) {

        static final Opening ANY = new Opening(null, true);

        /** This part then {@code next}: the next part's opening counts when this one may be empty. */
        Opening then(Opening next) {
            if (!mayBeEmpty) return this;
            return new Opening(union(chars, next.chars), next.mayBeEmpty);
        }

        Opening or(Opening other) {
            return new Opening(union(chars, other.chars), mayBeEmpty || other.mayBeEmpty);
        }

        Opening optional() {
            return new Opening(chars, true);
        }

        private static Set<Character> union(Set<Character> a, Set<Character> b) {
            if (a == null || b == null) return null;
            Set<Character> out = new HashSet<>(a);
            out.addAll(b);
            return out;
        }
    }

    /** A recursive reading of the regex's alternations, groups, classes and quantifiers. */
    private static final class Reader {
        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        Opening alternation() {
            Opening o = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                o = o.or(sequence());
            }
            return o;
        }

        private Opening sequence() {
            Opening o = new Opening(Set.of(), true);
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') o = o.then(quantified(atom()));
            return o;
        }

        private Opening quantified(Opening atom) {
            if (pos >= re.length()) return atom;
            char q = re.charAt(pos);
            Opening out = atom;
            if (q == '?' || q == '*') {
                pos++;
                out = atom.optional();
            } else if (q == '+') {
                pos++;
            } else if (q == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) throw new IllegalArgumentException(re);
                String min = re.substring(pos + 1, close).split(",", -1)[0];
                if (min.isEmpty() || Integer.parseInt(min) == 0) out = atom.optional();
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++; // lazy, possessive
            return out;
        }

        private Opening atom() {
            char c = re.charAt(pos++);
            switch (c) {
                case '(' -> {
                    if (pos < re.length() && re.charAt(pos) == '?') {
                        if (!re.startsWith("?:", pos)) throw new IllegalArgumentException(re);
                        pos += 2;
                    }
                    Opening inner = alternation();
                    if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException(re);
                    pos++;
                    return inner;
                }
                case '[' -> {
                    return characterClass();
                }
                case '\\' -> {
                    if (pos >= re.length()) throw new IllegalArgumentException(re);
                    char e = re.charAt(pos++);
                    if (e == 'd') return new Opening(digits(), false);
                    // a property's name ("\\p{L}") is part of its class, not a quantifier
                    if ((e == 'p' || e == 'P') && pos < re.length() && re.charAt(pos) == '{') {
                        int close = re.indexOf('}', pos);
                        if (close < 0) throw new IllegalArgumentException(re);
                        pos = close + 1;
                    }
                    if (Character.isLetterOrDigit(e)) return Opening.ANY; // a class, an assertion, a code: not followed
                    return literal(e);
                }
                case '.', '^', '$' -> {
                    return Opening.ANY;
                }
                default -> {
                    return literal(c);
                }
            }
        }

        /** A bracketed class of single characters; a negated one, a range or an escape inside is not followed. */
        private Opening characterClass() {
            Set<Character> chars = new HashSet<>();
            boolean followed = pos < re.length() && re.charAt(pos) != '^';
            while (pos < re.length() && re.charAt(pos) != ']') {
                char c = re.charAt(pos++);
                if (c == '[' || c == '&') throw new IllegalArgumentException(re); // nested, intersected
                if (c == '\\') {
                    pos++;
                    followed = false;
                } else if (c == '-' && pos < re.length() && re.charAt(pos) != ']' && !chars.isEmpty()) {
                    followed = false;
                } else {
                    chars.add(folded(c));
                }
            }
            if (pos >= re.length()) throw new IllegalArgumentException(re);
            pos++;
            return followed ? new Opening(chars, false) : new Opening(null, false);
        }

        private static Opening literal(char c) {
            return new Opening(Set.of(folded(c)), false);
        }

        private static Set<Character> digits() {
            Set<Character> out = new HashSet<>();
            for (char d = '0'; d <= '9'; d++) out.add(d);
            return out;
        }
    }
}
