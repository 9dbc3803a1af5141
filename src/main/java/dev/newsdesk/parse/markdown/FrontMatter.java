package dev.newsdesk.parse.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter of a Markdown file, read for the flat keys articles use: scalars, inline lists
 * ({@code [a, b]}) and block lists ({@code - a}). Not a YAML parser: nested maps, anchors and multi-line
 * scalars are out of scope, so a YAML library stays out of the Lambda package.
 *
 * @param values keys lower-cased; every value is a list (a scalar is a list of one)
 * @param body   the Markdown after the closing fence
 */
public record FrontMatter(Map<String, List<String>> values, String body) {

    /** Splits {@code text} into front matter and body; no front matter gives empty values and the whole text. */
    public static FrontMatter split(String text) {
        String s = text.startsWith("\ufeff") ? text.substring(1) : text;
        if (!s.startsWith("---\n") && !s.startsWith("---\r\n")) return new FrontMatter(Map.of(), text);
        int open = s.indexOf('\n') + 1;
        int close = findClosingFence(s, open);
        if (close < 0) return new FrontMatter(Map.of(), text);
        Map<String, List<String>> values = parse(s.substring(open, close));
        int after = s.indexOf('\n', close);
        return new FrontMatter(values, after < 0 ? "" : s.substring(after + 1));
    }

    /** The first value of {@code key}, or null. */
    public String first(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty() && !v.get(0).isBlank()) return v.get(0);
        }
        return null;
    }

    /** All values of the first of {@code keys} present. */
    public List<String> all(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return List.of();
    }

    private static int findClosingFence(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int end = s.indexOf('\n', i);
            String line = (end < 0 ? s.substring(i) : s.substring(i, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) return i;
            if (end < 0) return -1;
            i = end + 1;
        }
        return -1;
    }

    private static Map<String, List<String>> parse(String yaml) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String currentKey = null;
        for (String raw : yaml.split("\r?\n")) {
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) continue;
            String line = raw.stripTrailing();
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") && currentKey != null) {
                out.computeIfAbsent(currentKey, k -> new ArrayList<>()).add(scalar(trimmed.substring(2)));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) continue;
            currentKey = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            List<String> list = new ArrayList<>();
            if (value.startsWith("[") && value.endsWith("]")) {
                for (String item : splitInline(value.substring(1, value.length() - 1))) {
                    if (!item.isBlank()) list.add(scalar(item));
                }
            } else if (!value.isEmpty() && !value.equals("|") && !value.equals(">")) {
                list.add(scalar(value));
            }
            out.put(currentKey, list);
        }
        return out;
    }

    private static List<String> splitInline(String s) {
        List<String> items = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        items.add(cur.toString());
        return items;
    }

    private static String scalar(String raw) {
        String s = raw.strip();
        int hash = s.indexOf(" #");
        if (hash >= 0 && !(s.startsWith("\"") || s.startsWith("'"))) s = s.substring(0, hash).strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            String inner = s.substring(1, s.length() - 1);
            return s.charAt(0) == '"' ? inner.replace("\\\"", "\"") : inner.replace("''", "'");
        }
        return s;
    }
}
