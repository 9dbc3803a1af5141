package dev.newsdesk.views;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Views per article over some span of time (a minute, an hour, a ranking window), with the title and section
 * last seen, so that rankings need not read the articles. Values are immutable: arithmetic makes new tallies.
 */
public final class Tally {

    /** One article's line. */
    public record Line(String slug, long views, String title, String section) {
    }

    private static final Tally EMPTY = new Tally(Map.of());

    private final Map<String, Line> lines;

    private Tally(Map<String, Line> lines) {
        this.lines = lines;
    }

    public static Tally empty() {
        return EMPTY;
    }

    /** Builds a tally line by line; lines of the same slug add up. */
    public static final class Builder {
        private final Map<String, Line> lines = new HashMap<>();

        public Builder add(String slug, long views, String title, String section) {
            lines.merge(slug, new Line(slug, views, title, section),
                    (a, b) -> new Line(slug, a.views + b.views, b.title != null ? b.title : a.title,
                            b.section != null ? b.section : a.section));
            return this;
        }

        public Tally build() {
            return lines.isEmpty() ? EMPTY : new Tally(Collections.unmodifiableMap(lines));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int size() {
        return lines.size();
    }

    /** Every line, in no order. */
    public java.util.Collection<Line> lines() {
        return lines.values();
    }

    public long views(String slug) {
        Line line = lines.get(slug);
        return line == null ? 0 : line.views;
    }

    public Tally plus(Tally other) {
        return combine(other, 1);
    }

    public Tally minus(Tally other) {
        return combine(other, -1);
    }

    /** The {@code k} most viewed lines, optionally of one section (compared case-insensitively). */
    public List<Line> top(int k, String sectionKey) {
        return lines.values().stream()
                .filter(l -> l.views > 0)
                .filter(l -> sectionKey == null || l.section != null && dev.newsdesk.store.Keys.normalize(l.section)
                        .equals(sectionKey))
                .sorted(Comparator.comparingLong(Line::views).reversed().thenComparing(Line::slug))
                .limit(k)
                .toList();
    }

    /** The sections seen, as written (one spelling per normalized key). */
    public Map<String, String> sections() {
        Map<String, String> sections = new HashMap<>();
        for (Line line : lines.values()) {
            if (line.section != null && !line.section.isBlank() && line.views > 0) {
                sections.putIfAbsent(dev.newsdesk.store.Keys.normalize(line.section), line.section);
            }
        }
        return sections;
    }

    private Tally combine(Tally other, int sign) {
        if (other.isEmpty()) return this;
        Map<String, Line> result = new HashMap<>(lines);
        for (Line line : other.lines.values()) {
            Line mine = result.get(line.slug);
            long views = (mine == null ? 0 : mine.views) + sign * line.views;
            if (views == 0) {
                result.remove(line.slug);
            } else {
                // Titles and sections: keep the newest we know (the added tally is the newer one).
                String title = sign > 0 || mine == null ? line.title : mine.title;
                String section = sign > 0 || mine == null ? line.section : mine.section;
                result.put(line.slug, new Line(line.slug, views, title, section));
            }
        }
        return result.isEmpty() ? EMPTY : new Tally(Collections.unmodifiableMap(result));
    }

    /** Gzipped lines of {@code slug TAB views TAB title TAB section}. */
    public byte[] toBytes() {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            StringBuilder text = new StringBuilder();
            for (Line line : lines.values()) {
                text.append(line.slug).append('\t').append(line.views).append('\t')
                        .append(clean(line.title)).append('\t').append(clean(line.section)).append('\n');
            }
            gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Tally fromBytes(byte[] bytes) {
        String text;
        try (var gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            text = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Builder builder = builder();
        for (String row : text.split("\n")) {
            if (row.isEmpty()) continue;
            String[] f = row.split("\t", -1);
            builder.add(f[0], Long.parseLong(f[1]), f[2].isEmpty() ? null : f[2], f[3].isEmpty() ? null : f[3]);
        }
        return builder.build();
    }

    /** Splits the tally into {@code parts} tallies by slug hash (for storage in several items). */
    public List<Tally> split(int parts) {
        List<Builder> builders = java.util.stream.IntStream.range(0, parts).mapToObj(i -> builder()).toList();
        for (Line line : lines.values()) {
            builders.get(Math.floorMod(line.slug.hashCode(), parts)).add(line.slug, line.views, line.title, line.section);
        }
        return builders.stream().map(Builder::build).toList();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
