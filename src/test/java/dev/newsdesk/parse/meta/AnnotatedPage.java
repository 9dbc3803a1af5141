package dev.newsdesk.parse.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Entity;
import dev.newsdesk.article.Quote;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page whose entities and quoted speakers a person wrote down by hand (in
 * {@code /dev/newsdesk/parse/meta/annotated.json}): the page's file (a benchmark's, under the shared data
 * folder, or one of the project's own under {@code pages/}), its language, how many characters of its
 * body were read, the entities named there with their type ({@code person}, {@code place}, {@code organization},
 * {@code other}; {@code "A|B"} for two spellings of one name) and each quote's first words with the speaker the
 * article names for it (null when it names none).
 */
public record AnnotatedPage(String file, String language, int chars, Map<String, Entity.Type> entities,
                            Map<String, String> quotes) {

    /** Every page of the hand-checked set. */
    public static List<AnnotatedPage> all() {
        try (InputStream in = AnnotatedPage.class.getResourceAsStream("/dev/newsdesk/parse/meta/annotated.json")) {
            List<AnnotatedPage> out = new ArrayList<>();
            for (JsonNode page : new ObjectMapper().readTree(in)) {
                Map<String, Entity.Type> entities = new LinkedHashMap<>();
                page.path("entities").fields().forEachRemaining(e -> entities.put(e.getKey(),
                        Entity.Type.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT))));
                Map<String, String> quotes = new LinkedHashMap<>();
                page.path("quotes").fields().forEachRemaining(e -> quotes.put(e.getKey(),
                        e.getValue().isNull() ? null : e.getValue().asText()));
                out.add(new AnnotatedPage(page.path("file").asText(), page.path("language").asText(),
                        page.path("chars").asInt(3000), entities, quotes));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is one of the project's own (in the test resources) rather than a benchmark's. */
    public boolean isOwn() {
        return file.startsWith("pages/");
    }

    /** The bytes of an own page, from the test resources. */
    public byte[] ownBytes() {
        try (InputStream in = AnnotatedPage.class.getResourceAsStream("/dev/newsdesk/parse/meta/" + file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of {@code body} that was annotated: its first {@link #chars} characters, cut at a paragraph's end. */
    public String head(String body) {
        if (body.length() <= chars) return body;
        int cut = body.lastIndexOf("\n\n", chars);
        return body.substring(0, cut > 0 ? cut : chars);
    }

    /** The expected type of {@code name} (any of its spellings), or null when no entity is named so. */
    public Entity.Type typeOf(String name) {
        for (Map.Entry<String, Entity.Type> e : entities.entrySet()) {
            for (String spelling : e.getKey().split("\\|")) {
                if (spelling.equals(name)) return e.getValue();
            }
        }
        return null;
    }

    /** What the extractors find in the annotated head of the page's body, read as an upload of its file. */
    public record Found(String head, List<Entity> entities, List<Quote> quotes) {
    }

    /** Parses {@code bytes} (this page's file) and runs the extractors on the annotated head, as the assembler does. */
    public Found extract(byte[] bytes) throws RejectedFileException {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.gz$", "");
        String head = head(new ArticleParser().parse(bytes, name).body());
        List<Entity> entities = EntityExtractor.extract(head);
        List<String> people = new ArrayList<>();
        for (Entity e : entities) if (e.type() == Entity.Type.PERSON) people.add(e.name());
        return new Found(head, entities, QuoteExtractor.extract(List.of(head.split("\n\n")), people));
    }

    /** Scores what the extractors found on this page. */
    public MetaScore score(List<Entity> found, List<Quote> quotesFound) {
        MetaScore s = new MetaScore();
        s.expectedEntities = entities.size();
        List<String> matched = new ArrayList<>();
        for (Entity e : found) {
            Entity.Type expected = typeOf(e.name());
            boolean right = expected != null && (e.type() == Entity.Type.OTHER || e.type() == expected);
            s.foundEntities++;
            if (right) s.rightEntities++;
            else s.wrongEntities.add(e.name() + " (" + e.type().json() + ", expected " + (expected == null ? "none"
                    : expected.json()) + ")");
            if (expected != null && !matched.contains(canonical(e.name()))) {
                matched.add(canonical(e.name()));
                s.recalledEntities++;
            }
        }
        for (Quote q : quotesFound) {
            String key = null;
            for (String start : quotes.keySet()) if (q.text().startsWith(start)) key = start;
            if (key == null) continue; // a quote nobody annotated: not scored
            String expected = quotes.get(key);
            if (expected != null) s.namedQuotes++;
            if (q.speaker() == null) continue;
            s.attributed++;
            if (expected != null && sameSpeaker(q.speaker(), expected)) s.rightSpeakers++;
            else s.wrongSpeakers.add("\u201c" + key + "\u201d: " + q.speaker() + ", expected " + expected);
            if (expected != null) s.namedAndFound++;
        }
        return s;
    }

    private String canonical(String name) {
        for (String key : entities.keySet()) {
            for (String spelling : key.split("\\|")) if (spelling.equals(name)) return key;
        }
        return name;
    }

    /** A speaker is right when the names agree, or one is the other's surname ("Lavrov", "Sergueï Lavrov"). */
    static boolean sameSpeaker(String found, String expected) {
        for (String spelling : expected.split("\\|")) {
            if (found.equals(spelling) || spelling.endsWith(" " + found) || found.endsWith(" " + spelling)) {
                return true;
            }
        }
        return false;
    }
}
