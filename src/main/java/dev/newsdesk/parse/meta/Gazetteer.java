package dev.newsdesk.parse.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Small name lists (places, organization words, given names), loaded on first use so cold starts that never need them skip them. */
public final class Gazetteer {

    private Gazetteer() {
    }

    private static final class Places {
        static final Set<String> NAMES = load("places.txt");
    }

    private static final class Organizations {
        static final Set<String> WORDS = load("organizations.txt");
    }

    private static final class GivenNames {
        static final Set<String> NAMES = load("given-names.txt");
    }

    static boolean isPlace(String name) {
        return Places.NAMES.contains(name);
    }

    static boolean isOrganizationWord(String word) {
        return Organizations.WORDS.contains(word);
    }

    /** Whether {@code word} is a common given name: the run it starts is a person's name. */
    public static boolean isGivenName(String word) {
        return GivenNames.NAMES.contains(word);
    }

    private static Set<String> load(String file) {
        String path = "/dev/newsdesk/parse/lang/" + file;
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return Vocabulary.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
