package dev.newsdesk.parse.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front matter of a Markdown file, read for the keys articles use: YAML between {@code ---} lines (Jekyll's,
 * most tools'), or TOML between {@code +++} lines (Hugo's). Scalars, inline lists ({@code [a, b]}), block lists
 * ({@code - a}), and one level of nesting: {@code author:} with {@code name:} under it, or TOML's {@code [author]}
 * table, is the key {@code author.name}; a list's item that is a map ({@code - name: Jane}) gives its first value.
 * Not a YAML or TOML parser: anchors, multi-line scalars and deeper nesting are out of scope, so no such library
 * weighs on the Lambda package.
 *
 * @param values keys lower-cased; every value is a list (a scalar is a list of one)
 * @param body   the Markdown after the closing fence
 */
public record FrontMatter(Map<String, List<String>> values, String body) {

    /** Splits {@code text} into front matter and body; no front matter gives empty values and the whole text. */
    public static FrontMatter split(String text) {
        String s = text.startsWith("\ufeff") ? text.substring(1) : text;
        String fence = s.startsWith("---\n") || s.startsWith("---\r\n") ? "---"
                : s.startsWith("+++\n") || s.startsWith("+++\r\n") ? "+++" : null;
        if (fence == null) return new FrontMatter(Map.of(), text);
        int open = s.indexOf('\n') + 1;
        int close = findClosingFence(s, open, fence);
        if (close < 0) return new FrontMatter(Map.of(), text);
        String head = s.substring(open, close);
        Map<String, List<String>> values = fence.equals("+++") ? parseToml(head) : parse(head);
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

    /**
     * {@link #all}, a single value split at its commas: "tags: transport, night" names two tags, as a list would.
     */
    public List<String> list(String... keys) {
        List<String> all = all(keys);
        if (all.size() != 1 || all.get(0).indexOf(',') < 0) return all;
        List<String> out = new ArrayList<>();
        for (String part : all.get(0).split(",")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** All values of the first of {@code keys} present. */
    public List<String> all(String... keys) {
        for (String k : keys) {
            List<String> v = values.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return List.of();
    }

    private static int findClosingFence(String s, int from, String fence) {
        int i = from;
        while (i < s.length()) {
            int end = s.indexOf('\n', i);
            String line = (end < 0 ? s.substring(i) : s.substring(i, end)).stripTrailing();
            if (line.equals(fence) || fence.equals("---") && line.equals("...")) return i;
            if (end < 0) return -1;
            i = end + 1;
        }
        return -1;
    }

    /** A key as front matter writes one: a word, with dashes or underscores. */
    private static final Pattern MAP_KEY = Pattern.compile("[A-Za-z_][\\w-]*");

    private static Map<String, List<String>> parse(String yaml) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String currentKey = null;
        for (String raw : yaml.split("\r?\n")) {
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) continue;
            String line = raw.stripTrailing();
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") && currentKey != null) {
                String item = trimmed.substring(2);
                int itemColon = item.indexOf(": ");
                // an item that is a map ("- name: Jane Doe"): its first value names it
                if (itemColon > 0 && MAP_KEY.matcher(item.substring(0, itemColon)).matches()) {
                    item = item.substring(itemColon + 2);
                }
                out.computeIfAbsent(currentKey, k -> new ArrayList<>()).add(scalar(item));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            if (Character.isWhitespace(line.charAt(0))) {
                // a key of the map under the last key ("author:" over "  name: Jane Doe"): "author.name"
                int at = trimmed.indexOf(':');
                String key = trimmed.substring(0, at).strip();
                String value = scalar(trimmed.substring(at + 1));
                if (currentKey != null && MAP_KEY.matcher(key).matches() && !value.isEmpty()) {
                    out.put(currentKey + "." + key.toLowerCase(Locale.ROOT), new ArrayList<>(List.of(value)));
                }
                continue;
            }
            currentKey = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            List<String> list = new ArrayList<>();
            if (value.startsWith("[") && value.endsWith("]")) {
                list = inlineList(value);
            } else if (!value.isEmpty() && !value.equals("|") && !value.equals(">")) {
                list.add(scalar(value));
            }
            out.put(currentKey, list);
        }
        return out;
    }

    /**
     * TOML's {@code key = value} lines: strings, dates and numbers as they stand, arrays (over several lines too),
     * and a {@code [table]}'s keys as {@code table.key}.
     */
    private static Map<String, List<String>> parseToml(String toml) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String table = null;
        StringBuilder pending = null; // an array that goes on over lines
        String pendingKey = null;
        for (String raw : toml.split("\r?\n")) {
            String line = withoutComment(raw).strip();
            if (pending != null) {
                pending.append(' ').append(line);
                if (!line.endsWith("]")) continue;
                out.put(pendingKey, inlineList(pending.toString()));
                pending = null;
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                table = line.replaceAll("^\\[+|]+$", "").strip().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) continue;
            String key = scalar(line.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (table != null) key = table + "." + key;
            String value = line.substring(eq + 1).strip();
            if (value.startsWith("[") && !value.endsWith("]")) {
                pending = new StringBuilder(value);
                pendingKey = key;
            } else if (value.startsWith("[")) {
                out.put(key, inlineList(value));
            } else if (!value.isEmpty()) {
                out.put(key, new ArrayList<>(List.of(scalar(value))));
            }
        }
        return out;
    }

    /** A TOML line up to its comment: a {@code #} outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The items of {@code [a, "b", 'c']}, unquoted. */
    private static List<String> inlineList(String value) {
        List<String> list = new ArrayList<>();
        String inner = value.strip();
        inner = inner.substring(1, inner.endsWith("]") ? inner.length() - 1 : inner.length());
        for (String item : splitInline(inner)) if (!item.isBlank()) list.add(scalar(item));
        return list;
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
