package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tests run on Java 17 and Lambda runs Java 21, where {@code \b} changed (JDK 19): it now asks {@code \w}, which
 * is ASCII unless a pattern sets {@code UNICODE_CHARACTER_CLASS}. A {@code \b} next to "фото" or "publié" matches on
 * Java 17 and never on Java 21, so such a rule passes every test here and does nothing in production. The parser's
 * patterns write the boundary out ({@code (?<![\p{L}\p{N}_])}) or set the flag; this test finds any that do not.
 */
class WordBoundariesTest {

    private static final Pattern BOUNDARY = Pattern.compile("\\\\b");

    @Test
    void noPatternOfTheParserPutsAnAsciiBoundaryNextToAnotherScript() throws Exception {
        Path classes = Path.of(ArticleParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/newsdesk/parse"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Field field : Class.forName(name).getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) continue;
                    field.setAccessible(true);
                    List<Pattern> patterns = new ArrayList<>();
                    collect(field.get(null), patterns, 0);
                    if (patterns.stream().anyMatch(WordBoundariesTest::asciiBoundaryBesideOtherLetters)) {
                        found.add(name + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsABoundaryBesideCyrillicGreekOrAccentedLetters() {
        assertTrue(asciiBoundaryBesideOtherLetters(Pattern.compile("\\bфото:")));
        assertTrue(asciiBoundaryBesideOtherLetters(Pattern.compile("(?:photo|φωτο)\\s*:|\\bpublié\\b")));
        assertTrue(asciiBoundaryBesideOtherLetters(Pattern.compile("x\\b(?:says|пишет)")));
        // guards: ASCII on both sides, a boundary written out, the flag that makes \b Unicode's
        assertFalse(asciiBoundaryBesideOtherLetters(Pattern.compile("\\b(?:photo|foto)\\b|фото")));
        assertFalse(asciiBoundaryBesideOtherLetters(Pattern.compile("(?<![\\p{L}\\p{N}_])фото")));
        assertFalse(asciiBoundaryBesideOtherLetters(Pattern.compile("\\bфото\\b", Pattern.UNICODE_CHARACTER_CLASS)));
    }

    /** Patterns held by a static field: itself, in a collection or map, or in one of the parser's own objects. */
    private static void collect(Object value, List<Pattern> out, int depth) throws IllegalAccessException {
        if (value instanceof Pattern p) {
            out.add(p);
        } else if (value == null || depth > 2) {
            return;
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) collect(o, out, depth + 1);
        } else if (value instanceof Map<?, ?> m) {
            for (Object o : m.values()) collect(o, out, depth + 1);
        } else if (value instanceof Object[] array) {
            for (Object o : array) collect(o, out, depth + 1);
        } else if (value.getClass().getName().startsWith("dev.newsdesk.") && !value.getClass().isEnum()) {
            for (Field f : value.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
                f.setAccessible(true);
                collect(f.get(value), out, depth + 1);
            }
        }
    }

    /** True when a {@code \b} of {@code p} stands right beside a letter outside ASCII, or a group of such words. */
    static boolean asciiBoundaryBesideOtherLetters(Pattern p) {
        if ((p.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0) return false;
        String s = p.pattern();
        Matcher m = BOUNDARY.matcher(s);
        while (m.find()) {
            if (m.start() > 0 && s.charAt(m.start() - 1) == '\\') continue; // an escaped backslash, then "b"
            if (edges(s, m.end(), true).anyMatch(c -> c > 127) || edges(s, m.start(), false).anyMatch(c -> c > 127)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters at the boundary at {@code at}: the one after it (or before it), or where the group that opens
     * after it (closes before it) has each alternative begin (end).
     */
    private static Stream<Character> edges(String s, int at, boolean after) {
        List<Character> out = new ArrayList<>();
        if (after ? at >= s.length() : at == 0) return out.stream();
        char next = after ? s.charAt(at) : s.charAt(at - 1);
        if (next != (after ? '(' : ')')) return Stream.of(next);
        int depth = 0;
        for (int i = at + (after ? 0 : -1); after ? i < s.length() : i >= 0; i += after ? 1 : -1) {
            char c = s.charAt(i);
            if (c == (after ? '(' : ')')) depth++;
            else if (c == (after ? ')' : '(') && --depth == 0) break;
            if (depth == 1 && (c == '|' || i == at + (after ? 0 : -1))) {
                int edge = after ? (s.startsWith("(?:", i) ? i + 3 : i + 1) : i - 1;
                if (edge >= 0 && edge < s.length()) out.add(s.charAt(edge));
            }
        }
        return out.stream();
    }
}
